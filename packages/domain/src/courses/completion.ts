export type AttendanceMarkName = 'PRESENT' | 'ABSENT' | 'EXCUSED';

/** The share of meetings a survivor must attend to complete a course. */
export const COMPLETION_PERCENT = 80;

/**
 * True when the PRESENT marks reach 80% of the session's meetings. EXCUSED counts as absent
 * here (it excuses the survivor, it does not teach them); meetings not yet marked count as
 * missed. Integer arithmetic: 79% is never rounded up.
 */
export function hasCompletedCourse(
  meetingCount: number,
  marks: readonly AttendanceMarkName[],
): boolean {
  if (!Number.isInteger(meetingCount) || meetingCount < 1) return false;
  const present = marks.filter((m) => m === 'PRESENT').length;
  return present * 100 >= meetingCount * COMPLETION_PERCENT;
}

const TOPIC_PREFIX: Record<string, string> = {
  ACCOUNTING: 'ACC',
  MARKETING: 'MKT',
  MANAGEMENT: 'MGT',
};

/**
 * A certificate number derived from the enrollment itself (topic, year of the session, the
 * enrollment id): unique without a shared counter, and the same if a completion is restored.
 */
export function certificateNumber(topic: string, startsOn: string, enrollmentId: string): string {
  const prefix = TOPIC_PREFIX[topic] ?? 'CRS';
  const tail = enrollmentId.replace(/-/g, '').slice(0, 8).toUpperCase();
  return `${prefix}-${startsOn.slice(0, 4)}-${tail}`;
}
