import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createDatabase } from './databases';

/** A database the test reads directly (behind the API's back) to check what is really stored. */
export interface Store {
  kind: 'postgres' | 'sqlite';
  /** Environment that points the API at it. */
  env: NodeJS.ProcessEnv;
  /** SQL written with $1, $2 placeholders and double-quoted camelCase columns (both engines). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

export async function createStore(kind: Store['kind']): Promise<Store> {
  if (kind === 'postgres') {
    const db = await createDatabase();
    return { kind, env: { DATABASE_URL: db.url }, query: db.query, drop: db.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revolve-resilience-'));
  const file = path.join(dir, 'revolve.sqlite');
  return {
    kind,
    env: { SQLITE_PATH: file },
    async query<T>(sql: string, params: unknown[] = []) {
      const db = new Database(file, { readonly: true });
      try {
        return db.prepare(sql.replace(/\$\d+/g, '?')).all(...params) as T[];
      } finally {
        db.close();
      }
    },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

/** Rows that would show a write cut in half; every query must come back empty. */
export const HALF_WRITTEN: Record<string, string> = {
  'repayment without its journal entry': `SELECT r.id FROM loan_repayments r
     LEFT JOIN journal_entries e ON e."sourceId" = r.id AND e.kind = 'REPAYMENT'
     WHERE e.id IS NULL`,
  'journal entry without lines': `SELECT e.id FROM journal_entries e
     LEFT JOIN journal_lines l ON l."entryId" = e.id WHERE l.id IS NULL`,
  'journal entry that does not sum to zero': `SELECT "entryId" FROM journal_lines
     GROUP BY "entryId", currency HAVING SUM(amount) <> 0`,
  'disbursed loan without a schedule': `SELECT l.id FROM loans l
     LEFT JOIN loan_instalments i ON i."loanId" = l.id AND i."scheduleVersion" = l."scheduleVersion"
     WHERE l."disbursedOn" IS NOT NULL GROUP BY l.id, l.principal
     HAVING COALESCE(SUM(i."principalDue"), 0) <> l.principal`,
  'disbursed loan without its journal entry': `SELECT l.id FROM loans l
     LEFT JOIN journal_entries e ON e."loanId" = l.id AND e.kind = 'DISBURSEMENT'
     WHERE l."disbursedOn" IS NOT NULL AND e.id IS NULL`,
  'schedule for a loan not disbursed': `SELECT DISTINCT i."loanId" FROM loan_instalments i
     JOIN loans l ON l.id = i."loanId" WHERE l."disbursedOn" IS NULL`,
  'loan without its history': `SELECT l.id FROM loans l
     LEFT JOIN loan_events v ON v."loanId" = l.id WHERE v.id IS NULL`,
  'enrollment without its audit event': `SELECT n.id FROM enrollments n
     LEFT JOIN audit_events a ON a."recordId" = n.id WHERE a.id IS NULL`,
};
