import { isCalendarDate } from '@revolve/domain';

export interface SessionForm {
  courseId: string;
  districtId: string;
  venue: string;
  trainer: string;
  capacity: string;
  meetingDates: string[];
}

export type SessionField = 'courseId' | 'districtId' | 'capacity' | 'meetingDates';
/** Locale keys under courses.problems, by field; in the order the form shows the fields. */
export type SessionProblems = Partial<Record<SessionField, string>>;

/**
 * The checks the API makes on a new session, so staff see them before sending: a course and a
 * district, a whole capacity of at least one, and at least one meeting date with none twice.
 * Past dates are fine (sessions held on paper are entered afterwards).
 */
export function validateSession(form: SessionForm): SessionProblems {
  const problems: SessionProblems = {};
  if (!form.courseId) problems.courseId = 'courseRequired';
  if (!form.districtId) problems.districtId = 'districtRequired';
  const capacity = Number(form.capacity);
  if (!/^\d+$/.test(form.capacity.trim()) || capacity < 1 || capacity > 500)
    problems.capacity = 'capacityRange';
  const dates = form.meetingDates.filter((d) => d.trim() !== '');
  if (dates.length === 0) problems.meetingDates = 'datesRequired';
  else if (dates.some((d) => !isCalendarDate(d))) problems.meetingDates = 'datesInvalid';
  else if (new Set(dates).size !== dates.length) problems.meetingDates = 'datesTwice';
  return problems;
}

/** The meeting dates as the API wants them: filled in, in order. */
export function meetingDatesOf(form: SessionForm): string[] {
  return form.meetingDates.filter((d) => d.trim() !== '').sort();
}
