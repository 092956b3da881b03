import { assertPositive, negateMoney, type Money } from '../money';
import { FUND_CASH, LOANS_RECEIVABLE, WRITE_OFFS } from './accounts';
import { type JournalEntry } from './journal-entry';

/** Cash leaves the fund and becomes principal owed. Check ensureCashSufficient first. */
export function disbursementEntry(principal: Money): JournalEntry {
  assertPositive(principal, ['principal']);
  return {
    kind: 'DISBURSEMENT',
    lines: [
      { account: LOANS_RECEIVABLE, amount: principal },
      { account: FUND_CASH, amount: negateMoney(principal) },
    ],
  };
}

/** Repaid principal flows back into the fund's cash, to be lent again. */
export function repaymentEntry(amount: Money): JournalEntry {
  assertPositive(amount, ['amount']);
  return {
    kind: 'REPAYMENT',
    lines: [
      { account: FUND_CASH, amount },
      { account: LOANS_RECEIVABLE, amount: negateMoney(amount) },
    ],
  };
}

/** Unrecoverable principal leaves the receivables; cash is untouched. */
export function writeOffEntry(outstanding: Money): JournalEntry {
  assertPositive(outstanding, ['outstanding']);
  return {
    kind: 'WRITE_OFF',
    lines: [
      { account: WRITE_OFFS, amount: outstanding },
      { account: LOANS_RECEIVABLE, amount: negateMoney(outstanding) },
    ],
  };
}
