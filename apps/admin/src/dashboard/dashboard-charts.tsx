import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { moneyByMonth, parByDistrict, toPlot } from './chart-series';
import { type DashboardData } from './dashboard-documents';

// Colours from the theme, told apart by position and legend too, not by colour alone. Bars are
// drawn without animation: nothing moves for people who get dizzy, and the figures show at once.
const PRIMARY = '#0b4f8a';
const SECOND = '#b35900';

/** The picture only: each chart's figures are also in a table next to it (see the page). */
function Frame({ children }: { children: ReactNode }) {
  return (
    <div className="admin-chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        {children as never}
      </ResponsiveContainer>
    </div>
  );
}

export function MoneyByMonthChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  return (
    <Frame>
      <BarChart data={moneyByMonth(data)} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" />
        <YAxis />
        <Tooltip />
        <Legend />
        <Bar
          dataKey="disbursed"
          name={t('dashboard.disbursed')}
          fill={PRIMARY}
          isAnimationActive={false}
        />
        <Bar
          dataKey="repaid"
          name={t('dashboard.repaid')}
          fill={SECOND}
          isAnimationActive={false}
        />
      </BarChart>
    </Frame>
  );
}

export function ParByDistrictChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  return (
    <Frame>
      <BarChart data={parByDistrict(data)} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="name" />
        <YAxis unit="%" />
        <Tooltip />
        <Bar dataKey="par30" name={t('dashboard.par30')} fill={PRIMARY} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function CoursesChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const rows = data.indicators.byCourseTopic.map((c) => ({
    topic: t(`dashboard.topics.${c.topic}`),
    enrolled: c.courseEnrollments ?? 0,
    completed: c.courseCompletions ?? 0,
  }));
  return (
    <Frame>
      <BarChart data={rows} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="topic" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar
          dataKey="enrolled"
          name={t('dashboard.enrolled')}
          fill={PRIMARY}
          isAnimationActive={false}
        />
        <Bar
          dataKey="completed"
          name={t('dashboard.completed')}
          fill={SECOND}
          isAnimationActive={false}
        />
      </BarChart>
    </Frame>
  );
}

export function FundChart({ data }: { data: DashboardData }) {
  const { t } = useTranslation();
  const rows = [
    { name: t('dashboard.available'), value: toPlot(data.fund.available.amount) },
    { name: t('dashboard.outstanding'), value: toPlot(data.fund.outstanding.amount) },
  ];
  return (
    <Frame>
      <BarChart data={rows} layout="vertical" accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" />
        <YAxis type="category" dataKey="name" width={140} />
        <Bar dataKey="value" fill={PRIMARY} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}
