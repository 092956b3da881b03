import { DomainError } from '../errors';
import { negateMoney } from '../money';
import { assertBalanced } from './assert-balanced';
import { type JournalEntry } from './journal-entry';

/**
 * Cancels an entry by posting its lines negated (the ledger is append-only). A reversal is
 * not itself reversed: post the original again instead, so the history reads plainly.
 */
export function reversalEntry(entry: JournalEntry): JournalEntry {
  assertBalanced(entry);
  if (entry.kind === 'REVERSAL') {
    throw new DomainError('INVALID_STATE', 'A reversal cannot be reversed; post the entry again.');
  }
  return {
    kind: 'REVERSAL',
    reverses: entry.kind,
    lines: entry.lines.map((line) => ({ account: line.account, amount: negateMoney(line.amount) })),
  };
}
