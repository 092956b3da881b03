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

export interface CourseTopicAggregate {
  topic: string;
  seats: number;
  completions: number;
  /** Seats and completions in sessions that have ended by asOf: the completion rate's terms. */
  endedSeats: number;
  endedCompletions: number;
  /** Distinct survivors holding a seat, for suppression. */
  people: number;
}

/** Seats and completions per course topic, same sessions as aggregateCourses. One statement. */
export async function aggregateCourseTopics(
  ds: DataSource,
  scope: IndicatorScope,
): Promise<CourseTopicAggregate[]> {
  if (scope.districtIds?.length === 0) return [];
  const seat = `e."status" IN ('ENROLLED', 'COMPLETED')`;
  const done = `e."status" = 'COMPLETED'`;
  const ended = `s."endsOn" < :asOf`;
  const rows = await runSql<Record<string, unknown>>(
    ds,
    `SELECT c."topic" AS "topic",
       SUM(CASE WHEN ${seat} THEN 1 ELSE 0 END) AS "seats",
       SUM(CASE WHEN ${done} THEN 1 ELSE 0 END) AS "completions",
       SUM(CASE WHEN ${seat} AND ${ended} THEN 1 ELSE 0 END) AS "endedSeats",
       SUM(CASE WHEN ${done} AND ${ended} THEN 1 ELSE 0 END) AS "endedCompletions",
       COUNT(DISTINCT CASE WHEN ${seat} THEN e."beneficiaryId" END) AS "people"
     FROM "enrollments" e
     JOIN "course_sessions" s ON s."id" = e."sessionId"
     JOIN "courses" c ON c."id" = s."courseId"
     WHERE 1 = 1
       ${scope.districtIds ? 'AND s."districtId" IN (:...districtIds)' : ''}
       ${scope.from ? 'AND s."startsOn" >= :from' : ''}
       ${scope.to ? 'AND s."startsOn" <= :to' : ''}
     GROUP BY c."topic"`,
    { districtIds: scope.districtIds ?? [], from: scope.from, to: scope.to, asOf: scope.asOf },
  );
  return rows.map((r) => ({
    topic: String(r.topic),
    seats: count(r.seats),
    completions: count(r.completions),
    endedSeats: count(r.endedSeats),
    endedCompletions: count(r.endedCompletions),
    people: count(r.people),
  }));
}
