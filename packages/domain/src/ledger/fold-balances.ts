import { type Currency, type Money } from '../money';
import { assertBalanced } from './assert-balanced';
import { type JournalEntry } from './journal-entry';

/** Balance of every account, per currency (debit positive). */
export type Balances = Map<string, Map<Currency, Money>>;

/** Derives account balances from the journal; refuses an unbalanced entry. */
export function foldBalances(entries: readonly JournalEntry[]): Balances {
  const balances: Balances = new Map();
  for (const entry of entries) {
    assertBalanced(entry);
    for (const { account, amount } of entry.lines) {
      let perCurrency = balances.get(account);
      if (!perCurrency) {
        perCurrency = new Map();
        balances.set(account, perCurrency);
      }
      const before = perCurrency.get(amount.currency)?.amount ?? 0n;
      perCurrency.set(amount.currency, {
        amount: before + amount.amount,
        currency: amount.currency,
      });
    }
  }
  return balances;
}

export function accountBalance(balances: Balances, account: string, currency: Currency): Money {
  return balances.get(account)?.get(currency) ?? { amount: 0n, currency };
}
