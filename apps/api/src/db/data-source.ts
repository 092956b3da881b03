import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { POSTGRES_MIGRATIONS } from '../migrations/postgres';
import { SQLITE_MIGRATIONS } from '../migrations/sqlite';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseConfig {
  /** `postgres://...` selects PostgreSQL; anything else (or nothing) the embedded SQLite file. */
  url?: string | undefined;
  /** SQLite file (or ':memory:'); default ./data/revolve.sqlite. */
  sqlitePath?: string | undefined;
  /** Tests only: never in a running server. */
  synchronize?: boolean;
  logging?: boolean;
}

export const DEFAULT_SQLITE_PATH = './data/revolve.sqlite';

export function databaseKind(config: DatabaseConfig): DatabaseKind {
  return config.url && /^postgres(ql)?:\/\//.test(config.url) ? 'postgres' : 'sqlite';
}

export function databaseConfigFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return { url: env.DATABASE_URL, sqlitePath: env.SQLITE_PATH };
}

export function dataSourceOptions(config: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: ENTITIES,
    synchronize: config.synchronize ?? false,
    migrationsRun: false,
    logging: config.logging ?? false,
  };
  if (databaseKind(config) === 'postgres') {
    return {
      ...common,
      type: 'postgres',
      url: config.url,
      migrations: POSTGRES_MIGRATIONS,
      // Several API processes share one server: keep each one's pool modest.
      extra: { max: 10 },
    };
  }
  const file = config.sqlitePath ?? DEFAULT_SQLITE_PATH;
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  return {
    ...common,
    type: 'better-sqlite3',
    database: file,
    migrations: SQLITE_MIGRATIONS,
    // WAL lets readers proceed while one writer writes; wait rather than fail when busy.
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  };
}

/** One DataSource per server instance (tests create several); never a global. */
export function createDataSource(config: DatabaseConfig): DataSource {
  return new DataSource(dataSourceOptions(config));
}
