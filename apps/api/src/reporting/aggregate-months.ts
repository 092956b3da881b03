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
const byMonth = (rows: Row[]) => new Map(rows.map((r) => [String(r.month), r]));

/**
 * The monthly series in four grouped statements (months x loans at most, never a row per
 * repayment in Node): flows grouped by the month they happened in; balances and PAR30 at each
 * month's end from the repayments made by then against the schedule in force at disbursement
 * (version 1; a rescheduled loan is at risk from its rescheduling). Same definitions as the
 * packages/domain reference `monthlySeries`.
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
         sl AS (
           SELECT l.id AS "id", l."beneficiaryId" AS "b", l.principal AS "p", l."disbursedOn" AS "d",
             (SELECT MIN(e."postedOn") FROM journal_entries e
               WHERE e."loanId" = l.id AND e.kind = 'WRITE_OFF') AS "wo",
             (SELECT MIN(substr(ev."at", 1, 10)) FROM loan_events ev
               WHERE ev."loanId" = l.id AND ev.action = 'RESCHEDULED') AS "rs"
           FROM loans l
           WHERE ${DISBURSED} ${inDistricts(scope, 'l."districtId"')} AND l."disbursedOn" <= :last
         ),
         st AS (
           SELECT mo."month" AS "month", mo."t" AS "t", sl."b" AS "b", sl."rs" AS "rs", sl."p" AS "p",
             sl."p" - COALESCE((SELECT SUM(r.amount) FROM loan_repayments r
               WHERE r."loanId" = sl."id" AND ${REPAID} AND r."paidOn" <= mo."t"), 0) AS "open",
             COALESCE((SELECT SUM(i."principalDue") FROM loan_instalments i
               WHERE i."loanId" = sl."id" AND i."scheduleVersion" = 1 AND i."dueDate" < mo."cut"), 0) AS "dueCut"
           FROM mo JOIN sl ON sl."d" <= mo."t" AND (sl."wo" IS NULL OR sl."wo" > mo."t")
         )
         SELECT "month",
           SUM(CASE WHEN "open" > 0 THEN "open" ELSE 0 END) AS "outstanding",
           COUNT(DISTINCT CASE WHEN "open" > 0 THEN "b" END) AS "people",
           SUM(CASE WHEN "open" > 0 AND (("rs" IS NOT NULL AND "rs" <= "t") OR "dueCut" > "p" - "open")
             THEN "open" ELSE 0 END) AS "atRisk30"
         FROM st GROUP BY "month"`),
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
