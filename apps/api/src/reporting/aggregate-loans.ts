import { addDays, WRITE_OFFS } from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { amount, count, runSql } from './run-sql';

/** What a set of figures is broken down by; 'all' is one row for the whole scope. */
export type Dimension = 'all' | 'district' | 'sex' | 'ageBand' | 'purpose';

export interface IndicatorScope {
  /** null: every district. */
  districtIds: string[] | null;
  /** Loans disbursed within [from, to]; null bounds are open. */
  from: string | null;
  to: string | null;
  /** The day balances and arrears are measured on. */
  asOf: string;
  currency: string;
}

export interface LoanAggregate {
  key: string;
  loans: number;
  borrowers: number;
  disbursed: bigint;
  outstanding: bigint;
  atRisk30: bigint;
  atRisk90: bigint;
  fallenDue: bigint;
  collected: bigint;
  writtenOff: bigint;
  familyWorkers: number;
}

export interface PeopleAggregate {
  key: string;
  people: number;
  household: number;
}

export const AGE_BANDS = ['UNDER_30', '30_44', '45_59', '60_PLUS'] as const;

/** SQL for the age band; age is reached this year (programme reports count in years). */
const AGE_BAND = `CASE WHEN b."birthYear" > :y30 THEN 'UNDER_30' WHEN b."birthYear" > :y45 THEN '30_44'
  WHEN b."birthYear" > :y60 THEN '45_59' ELSE '60_PLUS' END`;

/**
 * The grouping key of each dimension as a column of the facts below, as text on both databases
 * (PostgreSQL would not unite an id, an enum and a literal in one column).
 */
function factKeys(districtColumn: string): string {
  return `CAST(${districtColumn} AS VARCHAR) AS "district", CAST(b.sex AS VARCHAR) AS "sex",
    ${AGE_BAND} AS "ageBand"`;
}

/**
 * One SELECT per dimension over the facts `f`, united: every breakdown from one fold of the
 * facts (SQLite has no GROUPING SETS; a UNION ALL runs alike on both). 'all' has no GROUP BY
 * (PostgreSQL refuses to group by a constant) and so always yields its one row.
 */
function unionOfBreakdowns(dims: readonly Dimension[], figures: string): string {
  return dims
    .map((dim) =>
      dim === 'all'
        ? `SELECT 'all' AS "dim", 'ALL' AS "key", ${figures} FROM f`
        : `SELECT '${dim}' AS "dim", f."${dim}" AS "key", ${figures} FROM f GROUP BY f."${dim}"`,
    )
    .join('\n     UNION ALL\n     ');
}

function scopeParams(scope: IndicatorScope) {
  const year = Number(scope.asOf.slice(0, 4));
  return {
    districtIds: scope.districtIds ?? [],
    from: scope.from,
    to: scope.to,
    asOf: scope.asOf,
    // "More than 30 days late on asOf" = due before asOf - 30.
    cut30: addDays(scope.asOf, -30),
    cut90: addDays(scope.asOf, -90),
    currency: scope.currency,
    writeOffs: WRITE_OFFS,
    y30: year - 30,
    y45: year - 45,
    y60: year - 60,
  };
}

const districtClause = (scope: IndicatorScope, column: string) =>
  scope.districtIds ? `AND ${column} IN (:...districtIds)` : '';

/** The disbursed loans a scope counts (alias `alias`). */
const loanScope = (scope: IndicatorScope, alias: string) =>
  `${alias}.status IN ('ACTIVE', 'REPAID', 'WRITTEN_OFF') AND ${alias}.currency = :currency
       ${districtClause(scope, `${alias}."districtId"`)}
       ${scope.from ? `AND ${alias}."disbursedOn" >= :from` : ''}
       ${scope.to ? `AND ${alias}."disbursedOn" <= :to` : ''}`;

const LOAN_FIGURES = `COUNT(*) AS "loans",
       COUNT(DISTINCT f."borrower") AS "borrowers",
       SUM(f."principal") AS "disbursed",
       SUM(f."outstanding") AS "outstanding",
       SUM(f."atRisk30") AS "atRisk30",
       SUM(f."atRisk90") AS "atRisk90",
       SUM(f."fallenDue") AS "fallenDue",
       SUM(f."collected") AS "collected",
       SUM(f."writtenOff") AS "writtenOff",
       SUM(f."familyWorkers") AS "familyWorkers"`;

export type LoanBreakdowns = Partial<Record<Dimension, LoanAggregate[]>>;

/**
 * Loan figures for every dimension asked for, in one statement that folds each loan's current
 * schedule and its write-offs once: `f` holds one row of facts per loan in scope (outstanding,
 * fallen due, collected, at risk, written off, and its keys), materialized so that each
 * breakdown is a GROUP BY over those rows rather than another pass over the instalments.
 * Definitions are those of the packages/domain reference functions (portfolioAtRisk,
 * repaymentRate, writeOffRatio); written-off principal is the write-off posted to the ledger.
 */
export async function aggregateLoanBreakdowns(
  ds: DataSource,
  scope: IndicatorScope,
  dims: readonly Dimension[],
): Promise<LoanBreakdowns> {
  const result: LoanBreakdowns = {};
  for (const dim of dims) result[dim] = [];
  if (scope.districtIds?.length === 0 || dims.length === 0) return result;
  const rows = await runSql<Record<string, unknown>>(
    ds,
    `WITH sched AS (
       SELECT i."loanId" AS "loanId",
         SUM(CASE WHEN i."principalPaid" < i."principalDue" THEN i."principalDue" - i."principalPaid" ELSE 0 END) AS "open",
         SUM(CASE WHEN i."dueDate" <= :asOf THEN i."principalDue" ELSE 0 END) AS "fallenDue",
         SUM(CASE WHEN i."dueDate" > :asOf THEN 0 WHEN i."principalPaid" < i."principalDue" THEN i."principalPaid" ELSE i."principalDue" END) AS "collected",
         MAX(CASE WHEN i."principalPaid" < i."principalDue" AND i."dueDate" < :cut30 THEN 1 ELSE 0 END) AS "late30",
         MAX(CASE WHEN i."principalPaid" < i."principalDue" AND i."dueDate" < :cut90 THEN 1 ELSE 0 END) AS "late90"
       FROM loan_instalments i
       JOIN loans cl ON cl.id = i."loanId" AND cl."scheduleVersion" = i."scheduleVersion"
       WHERE ${loanScope(scope, 'cl')}
       GROUP BY i."loanId"
     ), wo AS (
       SELECT e."loanId" AS "loanId", SUM(jl.amount) AS "amount"
       FROM journal_entries e JOIN journal_lines jl ON jl."entryId" = e.id
       WHERE e.kind = 'WRITE_OFF' AND jl.account = :writeOffs
       GROUP BY e."loanId"
     ), f AS MATERIALIZED (
       SELECT ${factKeys('l."districtId"')}, CAST(l.purpose AS VARCHAR) AS "purpose",
         l."beneficiaryId" AS "borrower",
         l.principal AS "principal",
         CASE WHEN l.status = 'ACTIVE' THEN s."open" ELSE 0 END AS "outstanding",
         CASE WHEN l.status = 'ACTIVE' AND (s."late30" = 1 OR l."scheduleVersion" > 1) THEN s."open" ELSE 0 END AS "atRisk30",
         CASE WHEN l.status = 'ACTIVE' AND (s."late90" = 1 OR l."scheduleVersion" > 1) THEN s."open" ELSE 0 END AS "atRisk90",
         s."fallenDue" AS "fallenDue",
         s."collected" AS "collected",
         CASE WHEN l.status = 'WRITTEN_OFF' THEN COALESCE(wo."amount", 0) ELSE 0 END AS "writtenOff",
         COALESCE(l."familyWorkers", 0) AS "familyWorkers"
       FROM loans l
       JOIN beneficiaries b ON b.id = l."beneficiaryId"
       LEFT JOIN sched s ON s."loanId" = l.id
       LEFT JOIN wo ON wo."loanId" = l.id
       WHERE ${loanScope(scope, 'l')}
     )
     ${unionOfBreakdowns(dims, LOAN_FIGURES)}`,
    scopeParams(scope),
  );
  for (const r of rows)
    result[r.dim as Dimension]?.push({
      key: String(r.key),
      loans: count(r.loans),
      borrowers: count(r.borrowers),
      disbursed: amount(r.disbursed),
      outstanding: amount(r.outstanding),
      atRisk30: amount(r.atRisk30),
      atRisk90: amount(r.atRisk90),
      fallenDue: amount(r.fallenDue),
      collected: amount(r.collected),
      writtenOff: amount(r.writtenOff),
      familyWorkers: count(r.familyWorkers),
    });
  return result;
}

/** Loan figures per group of one dimension (see aggregateLoanBreakdowns). */
export async function aggregateLoans(
  ds: DataSource,
  scope: IndicatorScope,
  dim: Dimension,
): Promise<LoanAggregate[]> {
  return (await aggregateLoanBreakdowns(ds, scope, [dim]))[dim] ?? [];
}

export type PeopleDimension = Exclude<Dimension, 'purpose'>;
export type PeopleBreakdowns = Partial<Record<PeopleDimension, PeopleAggregate[]>>;

/**
 * Survivors registered per group and their household members (the indirect beneficiaries), for
 * every dimension asked for in one statement over the survivors once.
 */
export async function aggregatePeopleBreakdowns(
  ds: DataSource,
  scope: IndicatorScope,
  dims: readonly PeopleDimension[],
): Promise<PeopleBreakdowns> {
  const result: PeopleBreakdowns = {};
  for (const dim of dims) result[dim] = [];
  if (scope.districtIds?.length === 0 || dims.length === 0) return result;
  const rows = await runSql<Record<string, unknown>>(
    ds,
    `WITH f AS MATERIALIZED (
       SELECT ${factKeys('b."districtId"')}, b."householdSize" AS "householdSize"
         FROM beneficiaries b
        WHERE 1 = 1 ${districtClause(scope, 'b."districtId"')}
     )
     ${unionOfBreakdowns(dims, 'COUNT(*) AS "people", SUM(f."householdSize") AS "household"')}`,
    scopeParams(scope),
  );
  for (const r of rows)
    result[r.dim as PeopleDimension]?.push({
      key: String(r.key),
      people: count(r.people),
      household: count(r.household),
    });
  return result;
}
