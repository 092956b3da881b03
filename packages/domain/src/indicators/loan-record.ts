import { type CalendarDate } from '../calendar-date';
import { DomainError } from '../errors';
import { type LoanStatus } from '../loan-state-machine';
import { type Currency, type Money } from '../money';

/** Plain data the indicators read: one loan with its schedule and what was paid by asOf. */
export interface LoanRecord {
  status: LoanStatus;
  principal: Money;
  disbursedOn: CalendarDate | null;
  instalments: readonly { dueDate: CalendarDate; principalDue: Money; principalPaid: Money }[];
  /** The schedule was replaced for hardship: PAR counts the loan as at risk however it pays. */
  rescheduled?: boolean;
  /** Principal written off; defaults to what was outstanding for a WRITTEN_OFF loan. */
  writtenOffAmount?: Money;
}

/** Statuses of loans that have been disbursed. */
export const DISBURSED_STATUSES: readonly LoanStatus[] = ['ACTIVE', 'REPAID', 'WRITTEN_OFF'];

export function isDisbursed(loan: LoanRecord): boolean {
  return DISBURSED_STATUSES.includes(loan.status);
}

export function loanOutstanding(loan: LoanRecord): bigint {
  let open = 0n;
  for (const inst of loan.instalments) {
    const left = inst.principalDue.amount - inst.principalPaid.amount;
    if (left > 0n) open += left;
  }
  return open;
}

/** All loans must share one currency for a ratio over them to mean anything. */
export function assertOneCurrency(loans: readonly LoanRecord[]): Currency | null {
  const currency = loans[0]?.principal.currency ?? null;
  loans.forEach((loan, index) => {
    const amounts = [
      loan.principal,
      ...loan.instalments.flatMap((i) => [i.principalDue, i.principalPaid]),
    ];
    if (loan.writtenOffAmount) amounts.push(loan.writtenOffAmount);
    if (amounts.some((m) => m.currency !== currency)) {
      throw new DomainError('CURRENCY_MISMATCH', 'Indicators need loans in one currency.', [
        'loans',
        String(index),
      ]);
    }
  });
  return currency;
}
