import { assertCurrency, type Currency, type Money } from '../money';
import {
  FUND_CASH,
  FX_CLEARING,
  isDonorCapitalAccount,
  LOANS_RECEIVABLE,
  WRITE_OFFS,
} from './accounts';
import { accountBalance, foldBalances } from './fold-balances';
import { type JournalEntry, type JournalKind } from './journal-entry';

export interface FundPosition {
  /** Donor contributions in fund currency. */
  capital: Money;
  /** Cash that can be lent now: capital - disbursed + repaid. */
  available: Money;
  /** Principal out with borrowers. */
  outstanding: Money;
  disbursedTotal: Money;
  repaidTotal: Money;
  writtenOffTotal: Money;
}

/**
 * The fund's figures, all derived from the ledger in `currency`. Always
 * capital = available + outstanding + writtenOffTotal.
 */
export function fundPosition(entries: readonly JournalEntry[], currency: Currency): FundPosition {
  assertCurrency(currency, ['currency']);
  const balances = foldBalances(entries);
  let capital = -accountBalance(balances, FX_CLEARING, currency).amount;
  for (const [account, perCurrency] of balances) {
    if (isDonorCapitalAccount(account)) capital -= perCurrency.get(currency)?.amount ?? 0n;
  }
  const flows: Partial<Record<JournalKind, bigint>> = {};
  for (const entry of entries) {
    // A reversal counts against the kind it cancels.
    const sign = entry.kind === 'REVERSAL' ? -1n : 1n;
    const kind = entry.kind === 'REVERSAL' ? entry.reverses : entry.kind;
    if (kind === undefined) continue;
    for (const line of entry.lines) {
      if (line.account === LOANS_RECEIVABLE && line.amount.currency === currency) {
        // Principal moves show on the receivables line: + when lent, - when repaid.
        const moved = line.amount.amount < 0n ? -line.amount.amount : line.amount.amount;
        flows[kind] = (flows[kind] ?? 0n) + sign * moved;
      }
    }
  }
  const of = (amount: bigint): Money => ({ amount, currency });
  return {
    capital: of(capital),
    available: accountBalance(balances, FUND_CASH, currency),
    outstanding: accountBalance(balances, LOANS_RECEIVABLE, currency),
    disbursedTotal: of(flows.DISBURSEMENT ?? 0n),
    repaidTotal: of(flows.REPAYMENT ?? 0n),
    writtenOffTotal: accountBalance(balances, WRITE_OFFS, currency),
  };
}
