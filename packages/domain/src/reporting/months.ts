import { addDays, daysInMonth, fromDateParts, type CalendarDate } from '../calendar-date';
import { DomainError } from '../errors';

/** A calendar month, "YYYY-MM". */
export type Month = string;

export const monthOf = (date: CalendarDate): Month => date.slice(0, 7);

export function monthEnd(month: Month): CalendarDate {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return fromDateParts({ year, month: m, day: daysInMonth(year, m) });
}

/** The day after the month's last day. */
export const nextMonthStart = (month: Month): CalendarDate => addDays(monthEnd(month), 1);

/** Every month from `from`'s to `to`'s, in order; refuses more than `max` (a bounded series). */
export function monthsBetween(from: CalendarDate, to: CalendarDate, max = 240): Month[] {
  const months: Month[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = monthOf(nextMonthStart(m))) {
    months.push(m);
    if (months.length > max)
      throw new DomainError('INVALID_DATE', `A series covers at most ${max} months.`, ['to']);
  }
  return months;
}
