import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { createDataSource, type DatabaseConfig } from '../../src/db/data-source';
import { REBUILD_LEDGER_TOTALS_SQL } from '../../src/fund/ledger-totals';
import { loadDemoProgramme } from '../../src/seed/load-demo-programme';
import { batchSink, forPostgres, forSqlite } from './batch-sink';
import { readBaseRefs } from './base-refs';
import { generateScaledData, type GenerationSummary } from './generate';
import { progressBar } from './progress';
import { GENERATOR_VERSION, type Row, type TableName } from './types';

export type BenchDatabaseKind = 'postgres' | 'sqlite';

export interface DatasetOptions {
  kind: BenchDatabaseKind;
  scale: number;
  seed: number;
  asOf: string;
}

export interface BenchDatabase {
  config: DatabaseConfig;
  reused: boolean;
  loadSeconds: number;
  /** The generator's summary, stored with the data (bigints as strings). */
  summary: Record<string, unknown>;
}

const MARKER = 'bench_dataset';
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
/** Rows at full scale, for the progress bar. */
const ROWS_AT_FULL_SCALE = 5_740_000;

const fingerprint = (o: DatasetOptions) =>
  JSON.stringify({ version: GENERATOR_VERSION, seed: o.seed, scale: o.scale, asOf: o.asOf });

const nameFor = (o: DatasetOptions) =>
  `revolve_bench${o.scale === 1 ? '' : `_s${String(o.scale).replace(/\W/g, '_')}`}`;

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** What the marker keeps: the summary and how long the first load took. */
const stored = (s: GenerationSummary, started: number) =>
  JSON.stringify({ ...json(s), loadSeconds: (Date.now() - started) / 1000 });

const json = (s: GenerationSummary): Record<string, unknown> =>
  JSON.parse(JSON.stringify(s, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));

async function storedFingerprint(
  query: (sql: string) => Promise<{ fingerprint: string; summary: string }[]>,
) {
  try {
    const [row] = await query(`SELECT fingerprint, summary FROM ${MARKER}`);
    return row ?? null;
  } catch {
    return null;
  }
}

/** Creates (or reuses) the bench PostgreSQL database: never the server's own databases. */
async function preparePostgres(
  o: DatasetOptions,
): Promise<{ url: string; reuse: Record<string, unknown> | null }> {
  const name = nameFor(o);
  const url = withDatabase(SERVER, name);
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  try {
    const exists = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (exists.rowCount) {
      const c = new Client({ connectionString: url });
      await c.connect();
      const row = await storedFingerprint(async (sql) => (await c.query(sql)).rows);
      await c.end();
      if (row?.fingerprint === fingerprint(o)) return { url, reuse: JSON.parse(row.summary) };
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  return { url, reuse: null };
}

function prepareSqlite(o: DatasetOptions): { file: string; reuse: Record<string, unknown> | null } {
  const file = path.resolve(__dirname, '..', 'data', `${nameFor(o)}.sqlite`);
  if (fs.existsSync(file)) {
    const db = new Database(file, { readonly: true });
    let row: { fingerprint: string; summary: string } | undefined;
    try {
      row = db.prepare(`SELECT fingerprint, summary FROM ${MARKER}`).get() as typeof row;
    } catch {
      row = undefined;
    }
    db.close();
    if (row?.fingerprint === fingerprint(o)) return { file, reuse: JSON.parse(row.summary) };
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
  return { file, reuse: null };
}

const insertSql = (
  table: TableName,
  columns: string[],
  rows: number,
  param: (n: number) => string,
) => {
  const cols = columns.map((c) => `"${c}"`).join(', ');
  const tuples: string[] = [];
  for (let r = 0; r < rows; r++)
    tuples.push(`(${columns.map((_, c) => param(r * columns.length + c)).join(', ')})`);
  return `INSERT INTO "${table}" (${cols}) VALUES ${tuples.join(', ')}`;
};

async function loadRows(
  o: DatasetOptions,
  config: DatabaseConfig,
  write: (table: TableName, columns: string[], rows: Row[]) => Promise<void>,
): Promise<GenerationSummary> {
  // Migrations and the demo programme through the API's own code, then the bulk rows raw.
  const ds = createDataSource(config);
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await loadDemoProgramme(ds);
  const refs = await readBaseRefs(ds);
  await ds.destroy();
  const bar = progressBar(`loading ${o.kind}`, ROWS_AT_FULL_SCALE * o.scale);
  const { sink, flush, written } = batchSink(write, (n) => bar.update(n));
  const summary = await generateScaledData(
    { seed: o.seed, scale: o.scale, asOf: o.asOf, refs },
    sink,
  );
  await flush();
  bar.done(written());
  return summary;
}

async function loadPostgres(
  o: DatasetOptions,
  url: string,
  started: number,
): Promise<GenerationSummary> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const types = new Map<string, string>();
    const summary = await loadRows(o, { url }, async (table, columns, rows) => {
      if (!types.has(`${table}.${columns[0]}`)) {
        const found = await client.query<{ column_name: string; udt_name: string }>(
          `SELECT column_name, udt_name FROM information_schema.columns WHERE table_name = $1`,
          [table],
        );
        for (const c of found.rows) types.set(`${table}.${c.column_name}`, c.udt_name);
      }
      // One array parameter per column (unnest): far cheaper to parse than row-by-row VALUES.
      const arrays = columns.map((c) => rows.map((r) => forPostgres(r[c] ?? null)));
      const casts = columns.map((c, i) => `$${i + 1}::${types.get(`${table}.${c}`)}[]`);
      await client.query(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`,
        arrays,
      );
    });
    // The journal lines went in raw: the running totals `fund` reads are summed from them once.
    for (const sql of REBUILD_LEDGER_TOTALS_SQL) await client.query(sql);
    await client.query(`CREATE TABLE ${MARKER} (fingerprint text NOT NULL, summary text NOT NULL)`);
    await client.query(`INSERT INTO ${MARKER} VALUES ($1, $2)`, [
      fingerprint(o),
      stored(summary, started),
    ]);
    await client.query('COMMIT');
    // VACUUM too: the visibility map lets index-only scans skip the heap, as autovacuum would in time.
    await client.query('VACUUM ANALYZE');
    return summary;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function loadSqlite(
  o: DatasetOptions,
  file: string,
  started: number,
): Promise<GenerationSummary> {
  let db: Database.Database | null = null;
  const statements = new Map<string, Database.Statement>();
  const summary = await loadRows(o, { sqlitePath: file }, async (table, columns, rows) => {
    if (!db) {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = OFF');
      db.exec('BEGIN');
    }
    const key = `${table}:${columns.join(',')}`;
    let stmt = statements.get(key);
    if (!stmt) {
      stmt = db.prepare(insertSql(table, columns, 1, () => '?'));
      statements.set(key, stmt);
    }
    for (const r of rows) stmt.run(columns.map((c) => forSqlite(r[c] ?? null)));
  });
  const conn = db ?? new Database(file);
  if (!db) conn.exec('BEGIN');
  for (const sql of REBUILD_LEDGER_TOTALS_SQL) conn.exec(sql);
  conn.exec(`CREATE TABLE ${MARKER} (fingerprint text NOT NULL, summary text NOT NULL)`);
  conn.prepare(`INSERT INTO ${MARKER} VALUES (?, ?)`).run(fingerprint(o), stored(summary, started));
  conn.exec('COMMIT');
  conn.exec('ANALYZE');
  conn.close();
  return summary;
}

/** The scaled data set in a database of its own: loaded once, reused while it matches. */
export async function ensureBenchDatabase(o: DatasetOptions): Promise<BenchDatabase> {
  const started = Date.now();
  if (o.kind === 'postgres') {
    const { url, reuse } = await preparePostgres(o);
    if (reuse) return { config: { url }, reused: true, loadSeconds: 0, summary: reuse };
    const summary = await loadPostgres(o, url, started);
    return {
      config: { url },
      reused: false,
      loadSeconds: (Date.now() - started) / 1000,
      summary: json(summary),
    };
  }
  const { file, reuse } = prepareSqlite(o);
  if (reuse) return { config: { sqlitePath: file }, reused: true, loadSeconds: 0, summary: reuse };
  const summary = await loadSqlite(o, file, started);
  return {
    config: { sqlitePath: file },
    reused: false,
    loadSeconds: (Date.now() - started) / 1000,
    summary: json(summary),
  };
}
