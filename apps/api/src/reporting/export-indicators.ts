import { type DataSource } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { badInput } from '../graphql/errors';
import { type IndicatorCell, type IndicatorFilter } from './indicator.types';
import { readCourseTopics, readIndicators } from './read-indicators';
import { readMonthlyIndicators } from './read-monthly-indicators';

export const BREAKDOWNS = [
  'district',
  'sex',
  'ageBand',
  'purpose',
  'courseTopic',
  'month',
] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

type Cell = string | number | boolean | null;
export interface Table {
  header: string[];
  rows: Cell[][];
}

const amount = (m: { amount: string } | null) => m?.amount ?? null;
const LOAN_COLUMNS = [
  'directBeneficiaries',
  'loansDisbursed',
  'amountDisbursed',
  'par30',
  'repaymentRate',
  'suppressed',
];
const loanCells = (c: Omit<IndicatorCell, 'key'>): Cell[] => [
  c.directBeneficiaries,
  c.loansDisbursed,
  amount(c.amountDisbursed),
  c.par30,
  c.repaymentRate,
  c.suppressed,
];

/**
 * One indicator table as rows, through the same services (and so the same suppression) as the
 * GraphQL `indicators` and `monthlyIndicators`. Every table is small: a row per district,
 * category or month.
 */
export async function indicatorTable(
  ds: DataSource,
  user: CurrentUser,
  breakdown: string,
  filter: IndicatorFilter,
  now: Date,
): Promise<Table> {
  if (!(BREAKDOWNS as readonly string[]).includes(breakdown))
    throw badInput('breakdown', `breakdown must be one of ${BREAKDOWNS.join(', ')}.`);
  if (breakdown === 'month') {
    const months = await readMonthlyIndicators(ds, user, filter, now);
    return {
      header: [
        'month',
        'measuredOn',
        'loansDisbursed',
        'amountDisbursed',
        'amountRepaid',
        'portfolioOutstanding',
        'par30',
        'courseEnrollments',
        'courseCompletions',
        'suppressed',
        'currency',
      ],
      rows: months.map((m) => [
        m.month,
        m.measuredOn,
        m.loansDisbursed,
        amount(m.amountDisbursed),
        amount(m.amountRepaid),
        amount(m.portfolioOutstanding),
        m.par30,
        m.courseEnrollments,
        m.courseCompletions,
        m.suppressed,
        'AZN',
      ]),
    };
  }
  const all = await readIndicators(ds, user, filter, now);
  if (breakdown === 'district')
    return {
      header: ['districtCode', 'districtName', ...LOAN_COLUMNS, 'currency'],
      rows: all.byDistrict.map((d) => [d.district.code, d.district.name, ...loanCells(d), 'AZN']),
    };
  if (breakdown === 'courseTopic')
    return {
      header: [
        'topic',
        'participants',
        'courseEnrollments',
        'courseCompletions',
        'completionRate',
        'suppressed',
      ],
      rows: (await readCourseTopics(ds, all.topicScope)).map((t) => [
        t.topic,
        t.participants,
        t.courseEnrollments,
        t.courseCompletions,
        t.completionRate,
        t.suppressed,
      ]),
    };
  const cells =
    breakdown === 'sex' ? all.bySex : breakdown === 'ageBand' ? all.byAgeBand : all.byPurpose;
  return {
    header: [breakdown, ...LOAN_COLUMNS, 'currency'],
    rows: cells.map((c) => [c.key, ...loanCells(c), 'AZN']),
  };
}
