import { addDays, monthEnd, type Month } from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { type IndicatorScope } from './aggregate-loans';
import { amount, count, runSql } from './run-sql';

/** One month's figures as the database sums them; people counts are for suppression. */
export interface MonthAggregate {
  month: Month;
  measuredOn: string;
  loansDisbursed: number;
  disbursedTo: number;
  disbursed: bigint;
  repaidBy: number;
  repaid: bigint;
  borrowersOutstanding: number;
  outstanding: bigint;
  atRisk30: bigint;
  enrollments: number;
  enrolledPeople: number;
  completions: number;
  completedPeople: number;
}

const DISBURSED = `l.status IN ('ACTIVE', 'REPAID', 'WRITTEN_OFF') AND l.currency = :currency`;
/** Repayments against receivables: reversed ones and recoveries after a write-off do not count. */
const REPAID = `r."reversedAt" IS NULL AND NOT r."recovery"`;

const inDistricts = (scope: IndicatorScope, column: string) =>
  scope.districtIds ? `AND ${column} IN (:...districtIds)` : '';

type Row = Record<string, unknown>;

/**
 * The first series month whose end is more than 30 days after the due date: due + 30 < month
 * end exactly when due + 31 falls in that month or before. Earlier months fold into the first.
 */
function dueBucket(ds: DataSource): string {
  return ds.options.type === 'postgres'
    ? `GREATEST(to_char(CAST(i."dueDate" AS date) + 31, 'YYYY-MM'), :firstMonth)`
    : `MAX(substr(date(i."dueDate", '+31 days'), 1, 7), :firstMonth)`;
}
const byMonth = (rows: Row[]) => new Map(rows.map((r) => [String(r.month), r]));

/**
 * The monthly series in four grouped statements (never a row per repayment in Node): flows
 * grouped by the month they happened in; balances and PAR30 at each month's end from the
 * repayments made by then against the schedule in force at disbursement (version 1; a
 * rescheduled loan is at risk from its rescheduling). Balances run over a grid of each loan's
 * months from disbursement to its close, with repayments and dues summed per loan and month
 * once and accumulated by window sums. Same definitions as the domain's `monthlySeries`.
 */
export async function aggregateMonths(
  ds: DataSource,
  scope: IndicatorScope,
  months: readonly Month[],
): Promise<MonthAggregate[]> {
  if (months.length === 0) return [];
  const first = `${months[0] as Month}-01`;
  const ends = months.map((m) => {
    const end = monthEnd(m);
    return end < scope.asOf ? end : scope.asOf;
  });
  const params: Record<string, unknown> = {
    districtIds: scope.districtIds ?? [],
    currency: scope.currency,
    first,
    last: monthEnd(months[months.length - 1] as Month),
    firstMonth: months[0],
    asOf: scope.asOf,
    lastCut: addDays(ends[ends.length - 1] as string, -30),
  };
  months.forEach((m, i) => {
    params[`m${i}`] = m;
    params[`t${i}`] = ends[i];
    // "More than 30 days late on t" = due before t - 30.
    params[`c${i}`] = addDays(ends[i] as string, -30);
  });
  const values = months.map((_m, i) => `(:m${i}, :t${i}, :c${i})`).join(', ');
  const none = scope.districtIds?.length === 0;
  const run = (sql: string) => (none ? Promise.resolve([]) : runSql<Row>(ds, sql, params));
  const [disbursed, repaid, balances, seats] = await Promise.all([
    run(`SELECT substr(l."disbursedOn", 1, 7) AS "month", COUNT(*) AS "loans",
           COUNT(DISTINCT l."beneficiaryId") AS "people", SUM(l.principal) AS "amount"
         FROM loans l
         WHERE ${DISBURSED} ${inDistricts(scope, 'l."districtId"')}
           AND l."disbursedOn" >= :first AND l."disbursedOn" <= :last
         GROUP BY 1`),
    run(`SELECT substr(r."paidOn", 1, 7) AS "month", COUNT(DISTINCT l."beneficiaryId") AS "people",
           SUM(r.amount) AS "amount"
         FROM loan_repayments r JOIN loans l ON l.id = r."loanId"
         WHERE ${REPAID} AND ${DISBURSED} ${inDistricts(scope, 'l."districtId"')}
           AND r."paidOn" >= :first AND r."paidOn" <= :last
         GROUP BY 1`),
    run(`WITH mo ("month", "t", "cut") AS (VALUES ${values}),
         wo AS (
           SELECT e."loanId" AS "loanId", MIN(e."postedOn") AS "on" FROM journal_entries e
           WHERE e.kind = 'WRITE_OFF' GROUP BY e."loanId"
         ),
         rs AS (
           SELECT ev."loanId" AS "loanId", MIN(substr(ev."at", 1, 10)) AS "on" FROM loan_events ev
           WHERE ev.action = 'RESCHEDULED' GROUP BY ev."loanId"
         ),
         sl AS (
           SELECT l.id AS "id", l."beneficiaryId" AS "b", l.principal AS "p", l."disbursedOn" AS "d",
             l.status AS "status", wo."on" AS "wo", rs."on" AS "rs"
           FROM loans l LEFT JOIN wo ON wo."loanId" = l.id LEFT JOIN rs ON rs."loanId" = l.id
           WHERE ${DISBURSED} ${inDistricts(scope, 'l."districtId"')} AND l."disbursedOn" <= :last
         ),
         pm AS (
           SELECT r."loanId" AS "loanId", substr(r."paidOn", 1, 7) AS "m", SUM(r.amount) AS "amount"
           FROM loan_repayments r JOIN sl ON sl."id" = r."loanId"
           WHERE ${REPAID} AND r."paidOn" <= :asOf
           GROUP BY r."loanId", substr(r."paidOn", 1, 7)
         ),
         base AS (SELECT "loanId", SUM("amount") AS "amount" FROM pm WHERE "m" < :firstMonth GROUP BY "loanId"),
         closed AS (SELECT "loanId", MAX("m") AS "m" FROM pm GROUP BY "loanId"),
         dd AS (
           SELECT "loanId", "month", SUM("due") AS "amount" FROM (
             SELECT i."loanId" AS "loanId", i."principalDue" AS "due",
               ${dueBucket(ds)} AS "month"
             FROM loan_instalments i JOIN sl ON sl."id" = i."loanId"
             WHERE i."scheduleVersion" = 1 AND i."dueDate" < :lastCut
           ) x GROUP BY "loanId", "month"
         ),
         grid AS (
           SELECT mo."month" AS "month", mo."t" AS "t", sl."id" AS "id", sl."b" AS "b", sl."p" AS "p", sl."rs" AS "rs"
           FROM mo JOIN sl ON sl."d" <= mo."t" AND (sl."wo" IS NULL OR sl."wo" > mo."t")
           LEFT JOIN closed c ON c."loanId" = sl."id"
           -- A repaid loan owes nothing from the month of its last payment on.
           WHERE sl."status" <> 'REPAID' OR c."m" IS NULL OR mo."month" < c."m"
         ),
         cum AS (
           SELECT g."month" AS "month", g."t" AS "t", g."b" AS "b", g."p" AS "p", g."rs" AS "rs",
             COALESCE(base."amount", 0) + SUM(COALESCE(pm."amount", 0))
               OVER (PARTITION BY g."id" ORDER BY g."month" ROWS UNBOUNDED PRECEDING) AS "paid",
             SUM(COALESCE(dd."amount", 0))
               OVER (PARTITION BY g."id" ORDER BY g."month" ROWS UNBOUNDED PRECEDING) AS "dueCut"
           FROM grid g
           LEFT JOIN pm ON pm."loanId" = g."id" AND pm."m" = g."month"
           LEFT JOIN base ON base."loanId" = g."id"
           LEFT JOIN dd ON dd."loanId" = g."id" AND dd."month" = g."month"
         )
         SELECT "month",
           SUM(CASE WHEN "p" > "paid" THEN "p" - "paid" ELSE 0 END) AS "outstanding",
           COUNT(DISTINCT CASE WHEN "p" > "paid" THEN "b" END) AS "people",
           SUM(CASE WHEN "p" > "paid" AND (("rs" IS NOT NULL AND "rs" <= "t") OR "dueCut" > "paid")
             THEN "p" - "paid" ELSE 0 END) AS "atRisk30"
         FROM cum GROUP BY "month"`),
    run(`SELECT substr(s."startsOn", 1, 7) AS "month",
           SUM(CASE WHEN e.status IN ('ENROLLED', 'COMPLETED') THEN 1 ELSE 0 END) AS "seats",
           COUNT(DISTINCT CASE WHEN e.status IN ('ENROLLED', 'COMPLETED') THEN e."beneficiaryId" END) AS "seatPeople",
           SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END) AS "done",
           COUNT(DISTINCT CASE WHEN e.status = 'COMPLETED' THEN e."beneficiaryId" END) AS "donePeople"
         FROM enrollments e JOIN course_sessions s ON s.id = e."sessionId"
         WHERE s."startsOn" >= :first AND s."startsOn" <= :last ${inDistricts(scope, 's."districtId"')}
         GROUP BY 1`),
  ]);
  const [d, r, b, s] = [byMonth(disbursed), byMonth(repaid), byMonth(balances), byMonth(seats)];
  return months.map((month, i) => ({
    month,
    measuredOn: ends[i] as string,
    loansDisbursed: count(d.get(month)?.loans),
    disbursedTo: count(d.get(month)?.people),
    disbursed: amount(d.get(month)?.amount),
    repaidBy: count(r.get(month)?.people),
    repaid: amount(r.get(month)?.amount),
    borrowersOutstanding: count(b.get(month)?.people),
    outstanding: amount(b.get(month)?.outstanding),
    atRisk30: amount(b.get(month)?.atRisk30),
    enrollments: count(s.get(month)?.seats),
    enrolledPeople: count(s.get(month)?.seatPeople),
    completions: count(s.get(month)?.done),
    completedPeople: count(s.get(month)?.donePeople),
  }));
}
