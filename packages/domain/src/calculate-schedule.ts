import { addMonthsToParts } from './add-months';
import { daysInMonth, isCalendarDate, toDateParts, type CalendarDate } from './calendar-date';
import { DomainError } from './errors';
import { isMoney, type Money } from './money';

/** Longest loan life accepted (50 years): a guard against absurd input, not a product rule. */
export const MAX_TERM_MONTHS = 600;

export interface ScheduleParams {
  principal: Money;
  /** The whole life of the loan in months, grace included. */
  termMonths: number;
  /** Months at the start with no principal due. */
  graceMonths: number;
  disbursedOn: CalendarDate;
  /** Instalments are rounded down to a multiple of this (minor units); 100n = whole manat. */
  roundingUnit?: bigint;
}

export interface ScheduledInstalment {
  number: number;
  dueDate: CalendarDate;
  principalDue: Money;
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, '0'));

function refuse(field: string, message: string): never {
  throw new DomainError('INVALID_SCHEDULE', message, [field]);
}

export function validateScheduleParams(params: ScheduleParams): void {
  const { principal, termMonths, graceMonths, disbursedOn } = params;
  const roundingUnit = params.roundingUnit ?? 100n;
  if (!isMoney(principal) || principal.amount <= 0n) {
    refuse('principal', 'Principal must be a positive amount.');
  }
  if (!Number.isSafeInteger(termMonths) || termMonths < 1 || termMonths > MAX_TERM_MONTHS) {
    refuse('termMonths', `Term must be a whole number of months from 1 to ${MAX_TERM_MONTHS}.`);
  }
  if (!Number.isSafeInteger(graceMonths) || graceMonths < 0) {
    refuse('graceMonths', 'Grace must be a whole number of months, 0 or more.');
  }
  if (graceMonths >= termMonths) {
    refuse('graceMonths', 'Grace must be shorter than the term, leaving at least one instalment.');
  }
  if (!isCalendarDate(disbursedOn)) {
    refuse('disbursedOn', 'Disbursement date must be a real date in the form YYYY-MM-DD.');
  }
  if (typeof roundingUnit !== 'bigint' || roundingUnit <= 0n) {
    refuse('roundingUnit', 'Rounding unit must be a positive whole number of minor units.');
  }
}

/**
 * Zero-interest schedule. The term is the whole life, grace included: with grace G there are
 * term - G instalments, and instalment k falls due G + k months after disbursement, each
 * counted from the disbursement date (never chained) and clamped to month end. Every
 * instalment is principal / count rounded down to `roundingUnit`; the last carries the rest,
 * so the instalments always sum to the principal exactly.
 */
export function calculateSchedule(params: ScheduleParams): ScheduledInstalment[] {
  validateScheduleParams(params);
  const { principal, termMonths, graceMonths } = params;
  const unit = params.roundingUnit ?? 100n;
  const count = termMonths - graceMonths;
  const share = (principal.amount / BigInt(count) / unit) * unit;
  const last = principal.amount - share * BigInt(count - 1);
  const start = toDateParts(params.disbursedOn, ['disbursedOn']);
  if (addMonthsToParts(start, termMonths).year > 9999) {
    refuse('termMonths', 'The schedule would run past the year 9999.');
  }
  const currency = principal.currency;
  const schedule: ScheduledInstalment[] = new Array<ScheduledInstalment>(count);
  // Same arithmetic as addMonths (the tests check they agree), inlined for speed: month index
  // counted from the disbursement date each time, day clamped only when it could overflow.
  const baseIndex = start.year * 12 + (start.month - 1) + graceMonths;
  let yearText = '';
  let textYear = -1;
  for (let k = 1; k <= count; k++) {
    const index = baseIndex + k;
    const year = Math.floor(index / 12);
    const month = index - year * 12 + 1;
    const day = start.day > 28 ? Math.min(start.day, daysInMonth(year, month)) : start.day;
    if (year !== textYear) {
      textYear = year;
      yearText = String(year).padStart(4, '0');
    }
    schedule[k - 1] = {
      number: k,
      dueDate: `${yearText}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`,
      principalDue: { amount: k === count ? last : share, currency },
    };
  }
  return schedule;
}
