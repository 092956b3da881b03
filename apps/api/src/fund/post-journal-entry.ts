import { assertBalanced, type JournalEntry } from '@revolve/domain';
import { type EntityManager } from 'typeorm';
import { newId } from '../db/columns';
import { JournalEntryEntity } from './journal-entry.entity';
import { JournalLineEntity } from './journal-line.entity';
import { addToLedgerTotals } from './ledger-totals';

export interface PostingFacts {
  loanId: string | null;
  sourceId: string | null;
  postedOn: string;
}

/**
 * Appends one balanced entry and its lines inside the caller's transaction, and adds it to the
 * running totals `fund` reads (same transaction: the totals never disagree with what committed).
 */
export async function postJournalEntry(
  em: EntityManager,
  entry: JournalEntry,
  facts: PostingFacts,
  now: Date,
): Promise<string> {
  assertBalanced(entry);
  const id = newId();
  await em.insert(JournalEntryEntity, {
    id,
    kind: entry.kind,
    reverses: entry.reverses ?? null,
    loanId: facts.loanId,
    sourceId: facts.sourceId,
    postedOn: facts.postedOn,
    createdAt: now.toISOString(),
  });
  await em.insert(
    JournalLineEntity,
    entry.lines.map((line) => ({
      id: newId(),
      entryId: id,
      account: line.account,
      currency: line.amount.currency,
      amount: line.amount.amount,
    })),
  );
  await addToLedgerTotals(em, entry);
  return id;
}
