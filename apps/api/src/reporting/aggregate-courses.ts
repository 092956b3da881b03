import { type DataSource } from 'typeorm';
import { type IndicatorScope } from './aggregate-loans';
import { count, runSql } from './run-sql';

export interface CourseAggregate {
  enrollments: number;
  completions: number;
}

/**
 * Seats taken (ENROLLED or COMPLETED; waitlisted and cancelled ones are not enrollments) and
 * completions, in sessions of the scope's districts that start within [from, to]. One statement.
 */
export async function aggregateCourses(
  ds: DataSource,
  scope: IndicatorScope,
): Promise<CourseAggregate> {
  if (scope.districtIds?.length === 0) return { enrollments: 0, completions: 0 };
  const rows = await runSql<{ enrollments: unknown; completions: unknown }>(
    ds,
    `SELECT
       SUM(CASE WHEN e."status" IN ('ENROLLED', 'COMPLETED') THEN 1 ELSE 0 END) AS "enrollments",
       SUM(CASE WHEN e."status" = 'COMPLETED' THEN 1 ELSE 0 END) AS "completions"
     FROM "enrollments" e
     JOIN "course_sessions" s ON s."id" = e."sessionId"
     WHERE 1 = 1
       ${scope.districtIds ? 'AND s."districtId" IN (:...districtIds)' : ''}
       ${scope.from ? 'AND s."startsOn" >= :from' : ''}
       ${scope.to ? 'AND s."startsOn" <= :to' : ''}`,
    { districtIds: scope.districtIds ?? [], from: scope.from, to: scope.to },
  );
  return { enrollments: count(rows[0]?.enrollments), completions: count(rows[0]?.completions) };
}
