import { type CalendarDate } from '../calendar-date';
import { DomainError } from '../errors';
import { type Ratio } from '../indicators/ratio';
import { monthOf, monthsBetween, type Month } from './months';

export interface ForecastInput {
  /** Cash the fund can lend today. */
  available: bigint;
  /** Principal still to be paid on active loans' current schedules, due after asOf, per due month. */
  dues: readonly { month: Month; amount: bigint }[];
  /** Share of what falls due that is expected to come in on time, 0..1. */
  onTimeRate: Ratio;
  asOf: CalendarDate;
  /** The next `loans` loans of `loanSize` each. */
  loans: number;
  loanSize: bigint;
}

export interface ForecastMonth {
  month: Month;
  expectedRepayments: bigint;
  /** available + expected repayments up to the end of this month. */
  expectedCash: bigint;
}

export interface Forecast {
  months: ForecastMonth[];
  /** loans x loanSize. */
  needed: bigint;
  /** The first month whose expected cash covers `needed` (asOf's month if it already does); null: not within the schedules. */
  fundableMonth: Month | null;
}

/**
 * Expected cash by month from the active schedules: each month's open principal times the
 * on-time rate, rounded down (a forecast should not promise a qəpik too many). Arrears already
 * past due are not counted on. New loans' own repayments are not assumed either.
 */
export function forecastFund(input: ForecastInput): Forecast {
  const { onTimeRate: rate } = input;
  if (rate.denominator <= 0n || rate.numerator < 0n || rate.numerator > rate.denominator)
    throw new DomainError('INVALID_AMOUNT', 'The on-time rate must be from 0 to 1.', [
      'onTimeRate',
    ]);
  if (!Number.isSafeInteger(input.loans) || input.loans < 1)
    throw new DomainError('INVALID_AMOUNT', 'Ask for 1 loan or more.', ['loans']);
  if (input.loanSize <= 0n)
    throw new DomainError('INVALID_AMOUNT', 'The loan size must be positive.', ['loanSize']);
  const first = monthOf(input.asOf);
  const last = input.dues.reduce((m, d) => (d.month > m ? d.month : m), first);
  const needed = BigInt(input.loans) * input.loanSize;
  let cash = input.available;
  let fundableMonth: Month | null = null;
  const months = monthsBetween(`${first}-01`, `${last}-01`, 600).map((month) => {
    const due = input.dues.reduce((s, d) => (d.month === month ? s + d.amount : s), 0n);
    const expectedRepayments = (due * rate.numerator) / rate.denominator;
    cash += expectedRepayments;
    if (fundableMonth === null && cash >= needed) fundableMonth = month;
    return { month, expectedRepayments, expectedCash: cash };
  });
  return { months, needed, fundableMonth };
}
