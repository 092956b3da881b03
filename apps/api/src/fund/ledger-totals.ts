import { type JournalEntry } from '@revolve/domain';
import { type EntityManager } from 'typeorm';

/** The kind a line counts for in the totals: a reversal counts against the kind it cancels. */
export const TOTALS_KIND_SQL = `CASE WHEN e."kind" = 'REVERSAL' THEN COALESCE(e."reverses", 'REVERSAL') ELSE e."kind" END`;

interface Delta {
  account: string;
  currency: string;
  kind: string;
  balance: bigint;
  moved: bigint;
}

/** One entry's effect on the running totals, one row per account and currency. */
export function totalsDelta(entry: JournalEntry): Delta[] {
  const reversal = entry.kind === 'REVERSAL';
  const kind = reversal ? (entry.reverses ?? 'REVERSAL') : entry.kind;
  const byKey = new Map<string, Delta>();
  for (const line of entry.lines) {
    const key = `${line.account}\u0000${line.amount.currency}`;
    const d = byKey.get(key) ?? {
      account: line.account,
      currency: line.amount.currency,
      kind,
      balance: 0n,
      moved: 0n,
    };
    const abs = line.amount.amount < 0n ? -line.amount.amount : line.amount.amount;
    d.balance += line.amount.amount;
    d.moved += reversal ? -abs : abs;
    byKey.set(key, d);
  }
  // Always the same order: concurrent postings take the rows' locks one way, never deadlock.
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, d]) => d);
}

/**
 * Adds one entry to the running totals in the caller's transaction (one upsert). On PostgreSQL
 * the updated rows stay locked until commit, so postings that touch the same accounts queue here
 * briefly; each one's totals are exact.
 */
export async function addToLedgerTotals(em: EntityManager, entry: JournalEntry): Promise<void> {
  const rows = totalsDelta(entry);
  if (rows.length === 0) return;
  const pg = em.connection.options.type === 'postgres';
  const params: string[] = [];
  const p = (v: string) => {
    params.push(v);
    return pg ? `$${params.length}` : '?';
  };
  // Amounts are bigints computed here (digits and a sign only), written as integer literals.
  const values = rows
    .map((r) => `(${p(r.account)}, ${p(r.currency)}, ${p(r.kind)}, ${r.balance}, ${r.moved}, 1)`)
    .join(', ');
  await em.query(
    `INSERT INTO "ledger_totals" ("account", "currency", "kind", "balance", "moved", "postings") VALUES ${values}
     ON CONFLICT ("account", "currency", "kind") DO UPDATE
       SET "balance" = "ledger_totals"."balance" + excluded."balance",
           "moved" = "ledger_totals"."moved" + excluded."moved",
           "postings" = "ledger_totals"."postings" + 1`,
    params,
  );
}

/** Rebuilds the totals from every line (the data loader writes lines directly). */
export const REBUILD_LEDGER_TOTALS_SQL = [
  `DELETE FROM "ledger_totals"`,
  `INSERT INTO "ledger_totals" ("account", "currency", "kind", "balance", "moved", "postings")
     SELECT l."account", l."currency", ${TOTALS_KIND_SQL},
            SUM(l."amount"), SUM(CASE WHEN e."kind" = 'REVERSAL' THEN -ABS(l."amount") ELSE ABS(l."amount") END),
            COUNT(*)
       FROM "journal_lines" l JOIN "journal_entries" e ON e."id" = l."entryId"
      GROUP BY 1, 2, 3`,
];
