import { DomainError } from '../errors';
import { isMoney } from '../money';
import { type JournalEntry } from './journal-entry';

/** Why the entry does not balance, or null when every currency sums to zero. */
export function unbalancedReason(entry: JournalEntry): string | null {
  if (!entry || !Array.isArray(entry.lines) || entry.lines.length < 2) {
    return 'An entry needs at least two lines.';
  }
  const totals = new Map<string, bigint>();
  for (const line of entry.lines) {
    if (typeof line.account !== 'string' || line.account === '') return 'A line has no account.';
    if (!isMoney(line.amount)) return `Line on ${line.account} has no valid amount.`;
    const { currency, amount } = line.amount;
    totals.set(currency, (totals.get(currency) ?? 0n) + amount);
  }
  for (const [currency, total] of totals) {
    if (total !== 0n) return `${currency} lines sum to ${total} minor units instead of zero.`;
  }
  return null;
}

export function isBalanced(entry: JournalEntry): boolean {
  return unbalancedReason(entry) === null;
}

/** Every currency's lines must sum to zero (double entry, kept per currency). */
export function assertBalanced(entry: JournalEntry): JournalEntry {
  const reason = unbalancedReason(entry);
  if (reason !== null) throw new DomainError('UNBALANCED_ENTRY', reason);
  return entry;
}

/** True when every entry balances: the Fund's `ledgerBalanced`. */
export function ledgerBalanced(entries: readonly JournalEntry[]): boolean {
  return entries.every(isBalanced);
}
