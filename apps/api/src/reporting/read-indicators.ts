import { isCalendarDate, ratio, ratioToNumber, todayIn } from '@revolve/domain';
import { type DataSource, In } from 'typeorm';
import { seesPersonalData } from '../auth/guards';
import { type CurrentUser } from '../auth/current-user';
import { DistrictEntity } from '../districts/district.entity';
import { FUND_CURRENCY } from '../fund/fund-cash';
import { badInput } from '../graphql/errors';
import { toMoney } from '../graphql/money';
import {
  AGE_BANDS,
  aggregateLoanBreakdowns,
  aggregatePeopleBreakdowns,
  type IndicatorScope,
  type LoanAggregate,
  type PeopleAggregate,
} from './aggregate-loans';
import {
  type DistrictIndicators,
  type IndicatorCell,
  type IndicatorFilter,
  type Indicators,
} from './indicator.types';
import { isSmall, suppressSmallCells } from './suppress-small-cells';
import { aggregateCourses, aggregateCourseTopics } from './aggregate-courses';
import { courseTopicCells } from './course-topic-cells';
import { type CourseTopicIndicators } from './indicator.types';

const EMPTY_LOANS = (key: string): LoanAggregate => ({
  key,
  loans: 0,
  borrowers: 0,
  disbursed: 0n,
  outstanding: 0n,
  atRisk30: 0n,
  atRisk90: 0n,
  fallenDue: 0n,
  collected: 0n,
  writtenOff: 0n,
  familyWorkers: 0,
});

const rate = (n: bigint, d: bigint) => ratioToNumber(ratio(n, d));

/** The scope a user asked for, narrowed to a case manager's own districts. */
export function indicatorScope(
  user: CurrentUser,
  filter: IndicatorFilter | null | undefined,
  now: Date,
): IndicatorScope {
  for (const key of ['from', 'to'] as const) {
    const value = filter?.[key];
    if (value != null && !isCalendarDate(value))
      throw badInput(`filter.${key}`, `filter.${key} must be a date such as 2026-03-31.`);
  }
  if (filter?.from && filter.to && filter.from > filter.to)
    throw badInput('filter.to', 'filter.to must not be before filter.from.');
  let districtIds = filter?.districtIds ?? null;
  if (user.role === 'CASE_MANAGER')
    districtIds = (districtIds ?? user.districtIds).filter((id) => user.districtIds.includes(id));
  return {
    districtIds,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
    asOf: todayIn('Asia/Baku', now),
    currency: FUND_CURRENCY,
  };
}

interface Row {
  people: number;
  loans: LoanAggregate;
}

/** The figures of one cell, hidden when `hide`. */
function cellFigures(row: Row, currency: string, hide: boolean) {
  const l = row.loans;
  return {
    directBeneficiaries: hide ? null : row.people,
    loansDisbursed: hide ? null : l.loans,
    amountDisbursed: hide ? null : toMoney(l.disbursed, currency),
    par30: hide ? null : rate(l.atRisk30, l.outstanding),
    repaymentRate: hide ? null : rate(l.collected, l.fallenDue),
    suppressed: hide,
  };
}

/** Suppression applies to roles without personal data; a cell rests on its people and borrowers. */
function hiddenCells(rows: Row[], suppress: boolean): boolean[] {
  if (!suppress) return rows.map(() => false);
  return suppressSmallCells(rows.map((r) => ({ people: [r.people, r.loans.borrowers] })));
}

function breakdown(
  keys: readonly string[],
  people: PeopleAggregate[] | null,
  loans: LoanAggregate[],
  currency: string,
  suppress: boolean,
): IndicatorCell[] {
  const rows: Row[] = keys.map((key) => {
    const l = loans.find((x) => x.key === key) ?? EMPTY_LOANS(key);
    // By purpose the people are the borrowers: survivors have no purpose of their own.
    return {
      people: people ? (people.find((p) => p.key === key)?.people ?? 0) : l.borrowers,
      loans: l,
    };
  });
  const hidden = hiddenCells(rows, suppress);
  return rows.map((row, i) => ({
    key: row.loans.key,
    ...cellFigures(row, currency, hidden[i] ?? true),
  }));
}

/**
 * Every indicator through three aggregate statements run together (never a row per loan in Node).
 * ANALYST: cells resting on 1..4 people are null, with complementary suppression, and a whole
 * scope that small is refused (its totals would be the hidden cell).
 */
export async function readIndicators(
  ds: DataSource,
  user: CurrentUser,
  filter: IndicatorFilter | null | undefined,
  now: Date,
): Promise<Indicators> {
  const scope = indicatorScope(user, filter, now);
  const suppress = !seesPersonalData(user);
  // Three statements at once: loans (the heavy one, each schedule folded once for every
  // breakdown), survivors and course seats.
  const [loans, people, courses, districts] = await Promise.all([
    aggregateLoanBreakdowns(ds, scope, ['all', 'district', 'sex', 'ageBand', 'purpose']),
    aggregatePeopleBreakdowns(ds, scope, ['all', 'district', 'sex', 'ageBand']),
    aggregateCourses(ds, scope),
    ds.getRepository(DistrictEntity).find({
      where: scope.districtIds ? { id: In(scope.districtIds) } : {},
      order: { name: 'ASC' },
    }),
  ]);
  const all = loans.all ?? [];
  const districtLoans = loans.district ?? [];
  const districtPeople = people.district ?? [];
  const total = all[0] ?? EMPTY_LOANS('ALL');
  const everyone = people.all?.[0];
  const direct = everyone?.people ?? 0;
  if (suppress && (isSmall(direct) || isSmall(total.borrowers)))
    throw badInput(
      'filter',
      'Fewer than 5 survivors are behind these figures: choose more districts or a longer period.',
    );
  const districtRows: Row[] = districts.map((d) => ({
    people: districtPeople.find((p) => p.key === d.id)?.people ?? 0,
    loans: districtLoans.find((l) => l.key === d.id) ?? EMPTY_LOANS(d.id),
  }));
  const hiddenDistricts = hiddenCells(districtRows, suppress);
  const c = scope.currency;
  const byDistrict: DistrictIndicators[] = districts.map((d, i) => ({
    district: d,
    ...cellFigures(districtRows[i] as Row, c, hiddenDistricts[i] ?? true),
  }));
  return {
    directBeneficiaries: direct,
    indirectBeneficiaries: everyone?.household ?? 0,
    loansDisbursed: total.loans,
    amountDisbursed: toMoney(total.disbursed, c),
    portfolioOutstanding: toMoney(total.outstanding, c),
    repaymentRate: rate(total.collected, total.fallenDue),
    par30: rate(total.atRisk30, total.outstanding),
    par90: rate(total.atRisk90, total.outstanding),
    writeOffRatio: rate(total.writtenOff, total.disbursed),
    amountWrittenOff: toMoney(total.writtenOff, c),
    familyWorkers: total.familyWorkers,
    courseEnrollments: courses.enrollments,
    courseCompletions: courses.completions,
    byDistrict,
    bySex: breakdown(['FEMALE', 'MALE'], people.sex ?? [], loans.sex ?? [], c, suppress),
    byAgeBand: breakdown(AGE_BANDS, people.ageBand ?? [], loans.ageBand ?? [], c, suppress),
    byPurpose: breakdown(['START_UP', 'EXPANSION'], null, loans.purpose ?? [], c, suppress),
    topicScope: { scope, suppress },
  };
}

/** byCourseTopic, read only when asked for (its own statement), with the scope `indicators` used. */
export async function readCourseTopics(
  ds: DataSource,
  topicScope: { scope: IndicatorScope; suppress: boolean },
): Promise<CourseTopicIndicators[]> {
  return courseTopicCells(await aggregateCourseTopics(ds, topicScope.scope), topicScope.suppress);
}
