import {
  type Currency,
  fundPosition,
  type JournalEntry,
  type JournalKind,
  ledgerBalanced,
  ratioToNumber,
  revolutions,
} from '@revolve/domain';
import { type DataSource } from 'typeorm';
import { sumToBigint } from '../db/locks';
import { type FundFigures } from './read-fund';

interface LineRow {
  entryId: string;
  kind: string;
  reverses: string | null;
  account: string;
  currency: string;
  amount: unknown;
}

/** The journal as domain entries (one query), in posting order. */
export async function loadJournal(ds: DataSource): Promise<JournalEntry[]> {
  const rows: LineRow[] = await ds.query(
    `SELECT e.id AS "entryId", e.kind AS "kind", e.reverses AS "reverses", l.account AS "account",
            l.currency AS "currency", l.amount AS "amount"
       FROM journal_entries e JOIN journal_lines l ON l."entryId" = e.id
      ORDER BY e."createdAt", e.id`,
  );
  const entries = new Map<string, JournalEntry>();
  for (const r of rows) {
    let entry = entries.get(r.entryId);
    if (!entry) {
      entry = { kind: r.kind as JournalKind, lines: [] };
      if (r.reverses) entry.reverses = r.reverses as Exclude<JournalKind, 'REVERSAL'>;
      entries.set(r.entryId, entry);
    }
    entry.lines.push({
      account: r.account,
      amount: { amount: sumToBigint(r.amount), currency: r.currency as Currency },
    });
  }
  return [...entries.values()];
}

/** Principal the active loans still owe, from their current schedules. */
export async function loansOutstanding(ds: DataSource, currency: Currency): Promise<bigint> {
  const [row] = (await ds.query(
    `SELECT SUM(i."principalDue" - i."principalPaid") AS "total"
       FROM loan_instalments i JOIN loans l ON l.id = i."loanId" AND l."scheduleVersion" = i."scheduleVersion"
      WHERE l.status = 'ACTIVE' AND l.currency = $1`.replace(
      '$1',
      ds.options.type === 'postgres' ? '$1' : '?',
    ),
    [currency],
  )) as { total: unknown }[];
  return sumToBigint(row?.total);
}

/**
 * The reference: every figure folded from the whole journal by the domain, in Node. Kept for
 * tests to prove the SQL aggregates of readFund equal it; never used to serve a request.
 */
export async function foldFund(ds: DataSource, currency: Currency): Promise<FundFigures> {
  const journal = await loadJournal(ds);
  const position = fundPosition(journal, currency);
  const owed = await loansOutstanding(ds, currency);
  return {
    ...position,
    currency,
    revolutions:
      position.capital.amount > 0n
        ? ratioToNumber(revolutions(position.disbursedTotal, position.capital))
        : 0,
    ledgerBalanced:
      ledgerBalanced(journal) &&
      position.outstanding.amount === owed &&
      position.available.amount >= 0n,
  };
}
