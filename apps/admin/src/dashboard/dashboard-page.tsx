import { useQuery } from '@apollo/client/react';
import { LoadingState, MoneyText, Page } from '@revolve/ui';
import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryStates } from '../shell/query-states';
import { useMe } from '../shell/use-me';
import { DASHBOARD_QUERY, type DashboardData } from './dashboard-documents';

// recharts is large and only this page draws: it stays out of the first bundle.
const charts = () => import('./dashboard-charts');
const MoneyByMonthChart = lazy(async () => ({ default: (await charts()).MoneyByMonthChart }));
const ParByDistrictChart = lazy(async () => ({ default: (await charts()).ParByDistrictChart }));
const CoursesChart = lazy(async () => ({ default: (await charts()).CoursesChart }));
const FundChart = lazy(async () => ({ default: (await charts()).FundChart }));

/** Start page: the programme's indicators as cards, and charts each with its figures as a table. */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(DASHBOARD_QUERY);
  return (
    <Page title={t('dashboard.title', { name: me.displayName })} titleSuffix={t('app.name')}>
      <p>{t('dashboard.role', { role: me.role })}</p>
      <p>{t('dashboard.intro')}</p>
      <QueryStates
        error={error}
        loading={loading}
        data={data}
        isEmpty={() => false}
        errorTitle={t('dashboard.errorTitle')}
        loadingLabel={t('dashboard.loading')}
        emptyTitle=""
        onRetry={refetch}
      >
        {(d) => <Dashboard data={d} />}
      </QueryStates>
    </Page>
  );
}

function Dashboard({ data }: { data: DashboardData }) {
  const { t, i18n } = useTranslation();
  const i = data.indicators;
  const money = (m: { amount: string; currency: 'AZN' | 'USD' } | null) =>
    m ? (
      <MoneyText amount={m.amount} currency={m.currency} locale={i18n.language} />
    ) : (
      t('dashboard.suppressed')
    );
  const percent = (r: number | null) =>
    r === null
      ? t('dashboard.suppressed')
      : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(
          r,
        );
  const number = (n: number | null) =>
    n === null ? t('dashboard.suppressed') : new Intl.NumberFormat(i18n.language).format(n);
  const cards: [string, ReactNode][] = [
    ['survivors', number(i.directBeneficiaries)],
    ['family', number(i.indirectBeneficiaries)],
    ['loans', number(i.loansDisbursed)],
    ['disbursed', money(i.amountDisbursed)],
    ['outstanding', money(i.portfolioOutstanding)],
    ['repaymentRate', percent(i.repaymentRate)],
    ['par30', percent(i.par30)],
    ['completions', number(i.courseCompletions)],
  ];
  return (
    <>
      <ul className="admin-cards" aria-label={t('dashboard.cards')}>
        {cards.map(([key, value]) => (
          <li key={key} className="admin-card">
            <span className="admin-card__label">{t(`dashboard.card.${key}`)}</span>
            <span className="admin-card__value">{value}</span>
          </li>
        ))}
      </ul>
      <ChartSection id="money" chart={<MoneyByMonthChart data={data} />}>
        <FigureTable
          head={[t('dashboard.month'), t('dashboard.disbursed'), t('dashboard.repaid')]}
          rows={data.monthlyIndicators.map((m) => [
            m.month,
            money(m.amountDisbursed),
            money(m.amountRepaid),
          ])}
        />
      </ChartSection>
      <ChartSection id="par" chart={<ParByDistrictChart data={data} />}>
        <FigureTable
          head={[t('dashboard.district'), t('dashboard.par30')]}
          rows={i.byDistrict.map((r) => [r.district.name, percent(r.suppressed ? null : r.par30)])}
        />
      </ChartSection>
      <ChartSection id="courses" chart={<CoursesChart data={data} />}>
        <FigureTable
          head={[t('dashboard.course'), t('dashboard.enrolled'), t('dashboard.completed')]}
          rows={i.byCourseTopic.map((c) => [
            t(`dashboard.topics.${c.topic}`),
            number(c.courseEnrollments),
            number(c.courseCompletions),
          ])}
        />
      </ChartSection>
      <ChartSection id="fund" chart={<FundChart data={data} />}>
        <FigureTable
          head={[t('dashboard.figure'), t('dashboard.amount')]}
          rows={[
            [t('dashboard.available'), money(data.fund.available)],
            [t('dashboard.outstanding'), money(data.fund.outstanding)],
          ]}
        />
      </ChartSection>
    </>
  );
}

function ChartSection({
  id,
  chart,
  children,
}: {
  id: string;
  chart: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="admin-section" aria-labelledby={`chart-${id}`}>
      <h2 id={`chart-${id}`}>{t(`dashboard.charts.${id}`)}</h2>
      <Suspense fallback={<LoadingState label={t('dashboard.loadingChart')} />}>{chart}</Suspense>
      <details>
        <summary>{t('dashboard.asTable')}</summary>
        {children}
      </details>
    </section>
  );
}

function FigureTable({ head, rows }: { head: string[]; rows: ReactNode[][] }) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table">
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, n) => (
            <tr key={n}>
              {r.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={c}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
