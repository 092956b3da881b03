import { type CalendarDate, daysBetween } from '../calendar-date';

export type FollowUpStateName = 'NONE' | 'DONE' | 'UPCOMING' | 'DUE' | 'OVERDUE';

export interface FollowUpState {
  state: FollowUpStateName;
  /** Whole days past the follow-up date; 0 unless OVERDUE. */
  daysOverdue: number;
}

/**
 * Where a follow-up stands on `today` (Asia/Baku): DUE on its day, OVERDUE from the day after,
 * UPCOMING before; DONE once marked done, whatever the date.
 */
export function classifyFollowUp(
  followUpOn: CalendarDate | null,
  done: boolean,
  today: CalendarDate,
): FollowUpState {
  if (followUpOn === null) return { state: 'NONE', daysOverdue: 0 };
  if (done) return { state: 'DONE', daysOverdue: 0 };
  const late = daysBetween(followUpOn, today);
  if (late > 0) return { state: 'OVERDUE', daysOverdue: late };
  return { state: late === 0 ? 'DUE' : 'UPCOMING', daysOverdue: 0 };
}

/** True when a follow-up belongs on the work list today: due or overdue and not done. */
export function isFollowUpOnWorkList(
  followUpOn: CalendarDate | null,
  done: boolean,
  today: CalendarDate,
): boolean {
  const { state } = classifyFollowUp(followUpOn, done, today);
  return state === 'DUE' || state === 'OVERDUE';
}
