import { isDomainError, monthsBetween, ratio, ratioToNumber } from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { seesPersonalData } from '../auth/guards';
import { badInput } from '../graphql/errors';
import { toMoney } from '../graphql/money';
import { type IndicatorScope } from './aggregate-loans';
import { aggregateMonths, type MonthAggregate } from './aggregate-months';
import { type IndicatorFilter } from './indicator.types';
import { type MonthlyIndicators } from './monthly.types';
import { indicatorScope } from './read-indicators';
import { count, runSql } from './run-sql';
import { isSmall, suppressSmallCells } from './suppress-small-cells';

/** Where the programme's activity starts in the scope: the first disbursement or course session. */
async function firstActivity(ds: DataSource, scope: IndicatorScope): Promise<string | null> {
  const districts = (column: string) =>
    scope.districtIds ? `AND ${column} IN (:...districtIds)` : '';
  const [row] = await runSql<{ loans: string | null; seats: string | null }>(
    ds,
    `SELECT (SELECT MIN(l."disbursedOn") FROM loans l WHERE l."disbursedOn" IS NOT NULL ${districts('l."districtId"')}) AS "loans",
            (SELECT MIN(s."startsOn") FROM course_sessions s WHERE 1 = 1 ${districts('s."districtId"')}) AS "seats"`,
    { districtIds: scope.districtIds ?? [] },
  );
  const found = [row?.loans, row?.seats].filter((d): d is string => typeof d === 'string');
  return found.length ? (found.sort()[0] as string) : null;
}

/** The months asked for: from `from` (default: the first activity) to `to`, never past today. */
async function monthsOf(ds: DataSource, scope: IndicatorScope): Promise<string[]> {
  const from = scope.from ?? (await firstActivity(ds, scope)) ?? scope.asOf;
  const to = scope.to && scope.to < scope.asOf ? scope.to : scope.asOf;
  if (from > to) return [];
  try {
    return monthsBetween(from, to);
  } catch (error) {
    if (isDomainError(error)) throw badInput('filter.from', error.message);
    throw error;
  }
}

/** Which months hide each figure: flows get the complementary rule across months, stocks do not. */
function hiddenByFigure(rows: MonthAggregate[], suppress: boolean) {
  const flow = (people: (r: MonthAggregate) => number) =>
    suppress
      ? suppressSmallCells(rows.map((r) => ({ people: [people(r)] })))
      : rows.map(() => false);
  return {
    disbursed: flow((r) => r.disbursedTo),
    repaid: flow((r) => r.repaidBy),
    enrollments: flow((r) => r.enrolledPeople),
    completions: flow((r) => r.completedPeople),
    balances: rows.map((r) => suppress && isSmall(r.borrowersOutstanding)),
  };
}

/**
 * The monthly series for the admin charts, summed in the database. ANALYST: a figure resting on
 * 1..4 survivors is null, and for flows the next smallest month is hidden with a lone hidden one.
 */
export async function readMonthlyIndicators(
  ds: DataSource,
  user: CurrentUser,
  filter: IndicatorFilter | null | undefined,
  now: Date,
): Promise<MonthlyIndicators[]> {
  const scope = indicatorScope(user, filter, now);
  const rows = await aggregateMonths(ds, scope, await monthsOf(ds, scope));
  const hidden = hiddenByFigure(rows, !seesPersonalData(user));
  const c = scope.currency;
  return rows.map((r, i) => {
    const hide = (figure: keyof typeof hidden) => hidden[figure][i] === true;
    return {
      month: r.month,
      measuredOn: r.measuredOn,
      loansDisbursed: hide('disbursed') ? null : r.loansDisbursed,
      amountDisbursed: hide('disbursed') ? null : toMoney(r.disbursed, c),
      amountRepaid: hide('repaid') ? null : toMoney(r.repaid, c),
      portfolioOutstanding: hide('balances') ? null : toMoney(r.outstanding, c),
      par30: hide('balances') ? null : ratioToNumber(ratio(r.atRisk30, r.outstanding)),
      courseEnrollments: hide('enrollments') ? null : count(r.enrollments),
      courseCompletions: hide('completions') ? null : count(r.completions),
      suppressed: (Object.keys(hidden) as (keyof typeof hidden)[]).some(hide),
    };
  });
}
