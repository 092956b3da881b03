import { addDays, type CalendarDate } from '../calendar-date';
import { ratio, type Ratio } from '../indicators/ratio';
import { monthEnd, monthOf, type Month } from './months';

/** One disbursed loan with the history the monthly series needs. */
export interface SeriesLoan {
  beneficiaryId: string;
  principal: bigint;
  disbursedOn: CalendarDate;
  /** The schedule in force at disbursement (before any rescheduling), oldest first. */
  originalSchedule: readonly { dueDate: CalendarDate; principalDue: bigint }[];
  /** Repayments against receivables; reversed ones and recoveries after a write-off excluded. */
  repayments: readonly { paidOn: CalendarDate; amount: bigint }[];
  rescheduledOn: CalendarDate | null;
  writtenOffOn: CalendarDate | null;
}

/** A seat taken in a course session (ENROLLED or COMPLETED). */
export interface SeriesSeat {
  beneficiaryId: string;
  startsOn: CalendarDate;
  completed: boolean;
}

export interface MonthFigures {
  month: Month;
  /** Balances and PAR30 are measured on the month's last day, or on asOf in the current month. */
  measuredOn: CalendarDate;
  disbursed: bigint;
  loansDisbursed: number;
  /** Survivors behind each figure (distinct), for small-cell suppression. */
  disbursedTo: number;
  repaid: bigint;
  repaidBy: number;
  outstanding: bigint;
  atRisk30: bigint;
  par30: Ratio;
  borrowersOutstanding: number;
  enrollments: number;
  enrolledPeople: number;
  completions: number;
  completedPeople: number;
}

/** Principal a loan still owed on `day`: 0 before disbursement, after write-off or once repaid. */
function openOn(loan: SeriesLoan, day: CalendarDate): bigint {
  if (loan.disbursedOn > day || (loan.writtenOffOn !== null && loan.writtenOffOn <= day)) return 0n;
  const paid = loan.repayments.reduce((s, r) => (r.paidOn <= day ? s + r.amount : s), 0n);
  return loan.principal > paid ? loan.principal - paid : 0n;
}

/**
 * More than 30 days late on `day`: repayments fill the original schedule oldest first, so the
 * loan is late when what fell due before day - 30 exceeds what was paid by `day`. Once
 * rescheduled, a loan counts as at risk whatever it pays (as portfolioAtRisk).
 */
function late30(loan: SeriesLoan, day: CalendarDate, open: bigint): boolean {
  if (loan.rescheduledOn !== null && loan.rescheduledOn <= day) return true;
  const cut = addDays(day, -30);
  const due = loan.originalSchedule.reduce(
    (s, i) => (i.dueDate < cut ? s + i.principalDue : s),
    0n,
  );
  return due > loan.principal - open;
}

/**
 * The reference monthly series for the admin charts: per month, principal disbursed and repaid
 * in it, outstanding principal and PAR30 at its end (or on asOf), seats taken and completed in
 * course sessions starting in it. The API computes the same in SQL.
 */
export function monthlySeries(
  loans: readonly SeriesLoan[],
  seats: readonly SeriesSeat[],
  months: readonly Month[],
  asOf: CalendarDate,
): MonthFigures[] {
  return months.map((month) => {
    const end = monthEnd(month);
    const measuredOn = end < asOf ? end : asOf;
    const disbursedIn = loans.filter((l) => monthOf(l.disbursedOn) === month);
    const repaidBy = new Set<string>();
    let repaid = 0n;
    for (const l of loans)
      for (const r of l.repayments)
        if (monthOf(r.paidOn) === month) {
          repaid += r.amount;
          repaidBy.add(l.beneficiaryId);
        }
    let outstanding = 0n;
    let atRisk30 = 0n;
    const owing = new Set<string>();
    for (const l of loans) {
      const open = openOn(l, measuredOn);
      if (open === 0n) continue;
      outstanding += open;
      owing.add(l.beneficiaryId);
      if (late30(l, measuredOn, open)) atRisk30 += open;
    }
    const taken = seats.filter((s) => monthOf(s.startsOn) === month);
    const done = taken.filter((s) => s.completed);
    return {
      month,
      measuredOn,
      disbursed: disbursedIn.reduce((s, l) => s + l.principal, 0n),
      loansDisbursed: disbursedIn.length,
      disbursedTo: new Set(disbursedIn.map((l) => l.beneficiaryId)).size,
      repaid,
      repaidBy: repaidBy.size,
      outstanding,
      atRisk30,
      par30: ratio(atRisk30, outstanding),
      borrowersOutstanding: owing.size,
      enrollments: taken.length,
      enrolledPeople: new Set(taken.map((s) => s.beneficiaryId)).size,
      completions: done.length,
      completedPeople: new Set(done.map((s) => s.beneficiaryId)).size,
    };
  });
}
