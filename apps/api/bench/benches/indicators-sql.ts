import { addDays, todayIn } from '@revolve/domain';

/**
 * The indicators written by hand for PostgreSQL, as an analyst would: each loan's schedule
 * folded once, then every breakdown in one pass with GROUPING SETS; people and courses alike.
 * Definitions as in the contract (PAR counts rescheduled active loans as at risk).
 */
export function handWrittenIndicators(now = new Date()): { sql: string; params: unknown[] }[] {
  const asOf = todayIn('Asia/Baku', now);
  const year = Number(asOf.slice(0, 4));
  const band = (birthYear: string) => `CASE WHEN ${birthYear} > ${year - 30} THEN 'UNDER_30'
    WHEN ${birthYear} > ${year - 45} THEN '30_44' WHEN ${birthYear} > ${year - 60} THEN '45_59' ELSE '60_PLUS' END`;
  const loans = `WITH sched AS (
      SELECT i."loanId",
        SUM(GREATEST(i."principalDue" - i."principalPaid", 0)) AS open,
        SUM(CASE WHEN i."dueDate" <= $1 THEN i."principalDue" ELSE 0 END) AS fallen,
        SUM(CASE WHEN i."dueDate" <= $1 THEN LEAST(i."principalPaid", i."principalDue") ELSE 0 END) AS collected,
        BOOL_OR(i."principalPaid" < i."principalDue" AND i."dueDate" < $2) AS late30,
        BOOL_OR(i."principalPaid" < i."principalDue" AND i."dueDate" < $3) AS late90
      FROM loan_instalments i
      JOIN loans cl ON cl.id = i."loanId" AND cl."scheduleVersion" = i."scheduleVersion"
      GROUP BY i."loanId"
    ), wo AS (
      SELECT e."loanId", SUM(jl.amount) AS amount
      FROM journal_entries e JOIN journal_lines jl ON jl."entryId" = e.id
      WHERE e.kind = 'WRITE_OFF' AND jl.account = 'WRITE_OFFS'
      GROUP BY e."loanId"
    ), f AS (
      SELECT l."districtId" AS district, b.sex, ${band('b."birthYear"')} AS band, l.purpose,
        l."beneficiaryId" AS borrower, l.principal, l.status, l."familyWorkers",
        l."scheduleVersion" > 1 AS rescheduled, s.open, s.fallen, s.collected, s.late30, s.late90,
        wo.amount AS wo
      FROM loans l JOIN beneficiaries b ON b.id = l."beneficiaryId"
      LEFT JOIN sched s ON s."loanId" = l.id LEFT JOIN wo ON wo."loanId" = l.id
      WHERE l.status IN ('ACTIVE', 'REPAID', 'WRITTEN_OFF') AND l.currency = 'AZN'
    )
    SELECT GROUPING(district, sex, band, purpose) AS g, district, sex, band, purpose,
      COUNT(*) AS loans, COUNT(DISTINCT borrower) AS borrowers, SUM(principal) AS disbursed,
      SUM(CASE WHEN status = 'ACTIVE' THEN open ELSE 0 END) AS outstanding,
      SUM(CASE WHEN status = 'ACTIVE' AND (late30 OR rescheduled) THEN open ELSE 0 END) AS at30,
      SUM(CASE WHEN status = 'ACTIVE' AND (late90 OR rescheduled) THEN open ELSE 0 END) AS at90,
      SUM(fallen) AS fallen, SUM(collected) AS collected,
      SUM(CASE WHEN status = 'WRITTEN_OFF' THEN COALESCE(wo, 0) ELSE 0 END) AS written_off,
      SUM(COALESCE("familyWorkers", 0)) AS family_workers
    FROM f GROUP BY GROUPING SETS ((), (district), (sex), (band), (purpose))`;
  const people = `SELECT GROUPING(district, sex, band) AS g, district, sex, band,
      COUNT(*) AS people, SUM("householdSize") AS household
    FROM (SELECT "districtId" AS district, sex, ${band('"birthYear"')} AS band, "householdSize" FROM beneficiaries) p
    GROUP BY GROUPING SETS ((), (district), (sex), (band))`;
  const courses = `SELECT SUM(CASE WHEN e.status IN ('ENROLLED', 'COMPLETED') THEN 1 ELSE 0 END) AS enrollments,
      SUM(CASE WHEN e.status = 'COMPLETED' THEN 1 ELSE 0 END) AS completions
    FROM enrollments e JOIN course_sessions s ON s.id = e."sessionId"`;
  return [
    { sql: loans, params: [asOf, addDays(asOf, -30), addDays(asOf, -90)] },
    { sql: people, params: [] },
    { sql: courses, params: [] },
  ];
}
