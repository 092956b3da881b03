import { DomainError } from './errors';

/** A calendar day as an ISO string "YYYY-MM-DD" (no time, no time zone). */
export type CalendarDate = string;

/** Year, month (1-12) and day of a calendar date, for integer arithmetic. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

function tryParts(text: unknown): DateParts | null {
  if (typeof text !== 'string') return null;
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

export function isCalendarDate(text: unknown): text is CalendarDate {
  return tryParts(text) !== null;
}

/** Validates a real calendar date ("2026-02-30" is refused) and returns it unchanged. */
export function parseCalendarDate(text: string, field?: readonly string[]): CalendarDate {
  if (tryParts(text) === null) {
    throw new DomainError(
      'INVALID_DATE',
      `"${String(text)}" is not a real calendar date in the form YYYY-MM-DD.`,
      field,
    );
  }
  return text;
}

export function toDateParts(date: CalendarDate, field?: readonly string[]): DateParts {
  const parts = tryParts(date);
  if (parts === null) parseCalendarDate(date, field);
  return parts as DateParts;
}

function pad(value: number, width: number): string {
  return value.toString().padStart(width, '0');
}

export function fromDateParts({ year, month, day }: DateParts): CalendarDate {
  if (year < 1 || year > 9999) {
    throw new DomainError('INVALID_DATE', `Year ${year} is outside 0001-9999.`);
  }
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Days since 1970-01-01 (Hinnant's days_from_civil): pure integers, no Date, no time zone. */
export function toDayNumber(date: CalendarDate, field?: readonly string[]): number {
  const { year, month, day } = toDateParts(date, field);
  return dayNumberOf(year, month, day);
}

function dayNumberOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Inverse of toDayNumber (Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return fromDateParts({ year, month, day });
}

export function assertWholeNumber(n: number, field: string): void {
  if (!Number.isSafeInteger(n)) {
    throw new DomainError('INVALID_DATE', `${field} must be a whole number, got ${String(n)}.`, [
      field,
    ]);
  }
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  assertWholeNumber(days, 'days');
  return fromDayNumber(toDayNumber(date, ['date']) + days);
}

/** b - a in whole days (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b, ['b']) - toDayNumber(a, ['a']);
}

export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  toDateParts(a, ['a']);
  toDateParts(b, ['b']);
  // Validated fixed-width ISO strings order lexicographically like the dates they name.
  return a < b ? -1 : a > b ? 1 : 0;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        calendar: 'gregory',
        numberingSystem: 'latn',
      });
    } catch (_error) {
      throw new DomainError('INVALID_DATE', `Unknown time zone "${timeZone}".`, ['timeZone']);
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar date it is in `timeZone` at instant `now` (Baku by default). */
export function todayIn(timeZone = 'Asia/Baku', now: Date = new Date()): CalendarDate {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw new DomainError('INVALID_DATE', 'now must be a valid Date.', ['now']);
  }
  const parts = formatterFor(timeZone).formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return fromDateParts({ year: get('year'), month: get('month'), day: get('day') });
}
