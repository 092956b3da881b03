import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The shared PostgreSQL server tests create throwaway databases on (CI sets TEST_DATABASE_URL). */
export const POSTGRES_SERVER =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface ThrowawayDatabase {
  url: string;
  /** Runs SQL on it through a short-lived connection (checks after the API is gone). */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/** `revolve_resilience_<random>` on `server`; unreachable PostgreSQL fails the test, never skips it. */
export async function createDatabase(server = POSTGRES_SERVER): Promise<ThrowawayDatabase> {
  const name = `revolve_resilience_${randomBytes(6).toString('hex')}`;
  await withClient(server, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(server, name);
  return {
    url,
    query: (sql, params) => withClient(url, async (c) => (await c.query(sql, params)).rows),
    drop: async () => {
      await withClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
