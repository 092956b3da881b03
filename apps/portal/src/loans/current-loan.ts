import { formatDecimal, parseDecimal } from '@revolve/domain';
import { type LoanData, type LoanStatus, type MoneyData } from './my-loans-query';

// The loan a survivor cares about now: one being repaid first, then one on its way.
const PRIORITY: LoanStatus[] = [
  'ACTIVE',
  'APPROVED',
  'SUBMITTED',
  'REPAID',
  'WRITTEN_OFF',
  'REJECTED',
];

/** The loan home and schedule show; null when there is none yet. */
export function currentLoan(loans: readonly LoanData[]): LoanData | null {
  for (const status of PRIORITY) {
    const found = loans.find((loan) => loan.status === status);
    if (found) return found;
  }
  return null;
}

/**
 * Whole percent of the principal repaid (0..100), rounded down so that 100 means fully repaid.
 * Exact: decimal strings become minor units, never floats.
 */
export function percentRepaid(principal: MoneyData, outstanding: MoneyData): number {
  const total = parseDecimal(principal.amount, principal.currency, { field: ['principal'] }).amount;
  const left = parseDecimal(outstanding.amount, outstanding.currency, {
    field: ['outstanding'],
  }).amount;
  if (total <= 0n) return 0;
  const repaid = total - left;
  if (repaid <= 0n) return 0;
  return Number((repaid * 100n) / total);
}

/** Principal minus outstanding, as a decimal string in the same currency. */
export function amountRepaid(principal: MoneyData, outstanding: MoneyData): MoneyData {
  const total = parseDecimal(principal.amount, principal.currency).amount;
  const left = parseDecimal(outstanding.amount, outstanding.currency).amount;
  const repaid = total > left ? total - left : 0n;
  return {
    amount: formatDecimal({ amount: repaid, currency: principal.currency }),
    currency: principal.currency,
  };
}
