import {
  assertWholeNumber,
  daysInMonth,
  fromDateParts,
  toDateParts,
  type CalendarDate,
  type DateParts,
} from './calendar-date';

/** Adds whole months to year/month/day parts, clamping the day to the target month's end. */
export function addMonthsToParts(parts: DateParts, months: number): DateParts {
  const index = parts.year * 12 + (parts.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const day = Math.min(parts.day, daysInMonth(year, month));
  return { year, month, day };
}

/** 2026-01-31 + 1 month = 2026-02-28 (clamped to month end); 2024-01-31 + 1 = 2024-02-29. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  assertWholeNumber(months, 'months');
  return fromDateParts(addMonthsToParts(toDateParts(date, ['date']), months));
}
