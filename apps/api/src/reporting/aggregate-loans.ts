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

/** SQL for the grouping key; age is reached this year (programme reports count in years). */
function keyExpression(dim: Dimension, districtColumn: string): string {
  switch (dim) {
    case 'all':
      return `'ALL'`;
    case 'district':
      return districtColumn;
    case 'sex':
      return 'b.sex';
    case 'purpose':
      return 'l.purpose';
    case 'ageBand':
      return `CASE WHEN b."birthYear" > :y30 THEN 'UNDER_30' WHEN b."birthYear" > :y45 THEN '30_44'
        WHEN b."birthYear" > :y60 THEN '45_59' ELSE '60_PLUS' END`;
  }
}

/** One row for 'all' needs no grouping (PostgreSQL refuses to group by a constant). */
const groupBy = (dim: Dimension) => (dim === 'all' ? '' : 'GROUP BY 1');

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

/**
 * Loan figures per group in one statement: each disbursed loan's current schedule folded to
 * outstanding / fallen due / collected / late flags, then summed per group. Definitions are
 * those of the packages/domain reference functions (portfolioAtRisk, repaymentRate,
 * writeOffRatio); written-off principal is the write-off posted to the ledger.
 */
export async function aggregateLoans(
  ds: DataSource,
  scope: IndicatorScope,
  dim: Dimension,
): Promise<LoanAggregate[]> {
  if (scope.districtIds?.length === 0) return [];
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
       GROUP BY i."loanId"
     ), wo AS (
       SELECT e."loanId" AS "loanId", SUM(jl.amount) AS "amount"
       FROM journal_entries e JOIN journal_lines jl ON jl."entryId" = e.id
       WHERE e.kind = 'WRITE_OFF' AND jl.account = :writeOffs
       GROUP BY e."loanId"
     )
     SELECT ${keyExpression(dim, 'l."districtId"')} AS "key",
       COUNT(*) AS "loans",
       COUNT(DISTINCT l."beneficiaryId") AS "borrowers",
       SUM(l.principal) AS "disbursed",
       SUM(CASE WHEN l.status = 'ACTIVE' THEN s."open" ELSE 0 END) AS "outstanding",
       SUM(CASE WHEN l.status = 'ACTIVE' AND (s."late30" = 1 OR l."scheduleVersion" > 1) THEN s."open" ELSE 0 END) AS "atRisk30",
       SUM(CASE WHEN l.status = 'ACTIVE' AND (s."late90" = 1 OR l."scheduleVersion" > 1) THEN s."open" ELSE 0 END) AS "atRisk90",
       SUM(s."fallenDue") AS "fallenDue",
       SUM(s."collected") AS "collected",
       SUM(CASE WHEN l.status = 'WRITTEN_OFF' THEN COALESCE(wo."amount", 0) ELSE 0 END) AS "writtenOff",
       SUM(COALESCE(l."familyWorkers", 0)) AS "familyWorkers"
     FROM loans l
     JOIN beneficiaries b ON b.id = l."beneficiaryId"
     LEFT JOIN sched s ON s."loanId" = l.id
     LEFT JOIN wo ON wo."loanId" = l.id
     WHERE l.status IN ('ACTIVE', 'REPAID', 'WRITTEN_OFF') AND l.currency = :currency
       ${districtClause(scope, 'l."districtId"')}
       ${scope.from ? 'AND l."disbursedOn" >= :from' : ''}
       ${scope.to ? 'AND l."disbursedOn" <= :to' : ''}
     ${groupBy(dim)}`,
    scopeParams(scope),
  );
  return rows.map((r) => ({
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
  }));
}

/** Survivors registered per group and their household members (the indirect beneficiaries). */
export async function aggregatePeople(
  ds: DataSource,
  scope: IndicatorScope,
  dim: Exclude<Dimension, 'purpose'>,
): Promise<PeopleAggregate[]> {
  if (scope.districtIds?.length === 0) return [];
  const rows = await runSql<Record<string, unknown>>(
    ds,
    `SELECT ${keyExpression(dim, 'b."districtId"')} AS "key", COUNT(*) AS "people", SUM(b."householdSize") AS "household"
       FROM beneficiaries b
      WHERE 1 = 1 ${districtClause(scope, 'b."districtId"')}
      ${groupBy(dim)}`,
    scopeParams(scope),
  );
  return rows.map((r) => ({
    key: String(r.key),
    people: count(r.people),
    household: count(r.household),
  }));
}
