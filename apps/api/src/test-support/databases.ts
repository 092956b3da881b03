import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { type DatabaseConfig } from '../db/data-source';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface TestDatabase {
  kind: DatabaseKind;
  config: DatabaseConfig;
  drop(): Promise<void>;
}

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set. CI without it is a failure, not a skip. */
export function databaseKinds(): DatabaseKind[] {
  const url = process.env.TEST_DATABASE_URL;
  if (!url && process.env.CI) {
    throw new Error(
      'CI is set but TEST_DATABASE_URL is not: the PostgreSQL suites would be skipped.',
    );
  }
  return url ? ['sqlite', 'postgres'] : ['sqlite'];
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** A throwaway database: a temp SQLite file, or `revolve_test_<random>` on the PostgreSQL server. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'revolve-test-'));
    return {
      kind,
      config: { sqlitePath: path.join(dir, 'test.sqlite') },
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error('TEST_DATABASE_URL is not set');
  const name = `revolve_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server, connectionTimeoutMillis: 5000 });
  // Unreachable PostgreSQL fails the suite here: never a silent skip.
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return {
    kind,
    config: { url: withDatabase(server, name) },
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
