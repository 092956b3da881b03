// A Revolve API in a process of its own (forked by the benchmarks): the load generator must
// not share the event loop it measures. Counts and keeps the SQL statements it runs.
import 'reflect-metadata';
import { type AddressInfo } from 'node:net';
import { DataSource, type Logger as OrmLogger } from 'typeorm';
import { dataSourceOptions, type DatabaseConfig } from '../../src/db/data-source';
import { createServer } from '../../src/server';

export interface Statement {
  sql: string;
  params: unknown[];
}

export type ServerRequest = { type: 'reset' } | { type: 'read' } | { type: 'cpu' };
export type ServerReply =
  | { type: 'listening'; port: number }
  | { type: 'reset-done' }
  | { type: 'cpu'; micros: number }
  | { type: 'statements'; statements: Statement[] };

let statements: Statement[] = [];
let keeping = true;
const noop = () => undefined;

/** Only what the query hook needs; the rest of TypeORM's logger stays silent. */
const counting: OrmLogger = {
  logQuery: (sql, params) => {
    if (keeping) statements.push({ sql, params: Array.isArray(params) ? params : [] });
  },
  logQueryError: noop,
  logQuerySlow: noop,
  logSchemaBuild: noop,
  logMigration: noop,
  log: noop,
};

async function main(): Promise<void> {
  const config = JSON.parse(process.env.BENCH_DATABASE_CONFIG ?? '{}') as DatabaseConfig;
  const dataSource = new DataSource({
    ...dataSourceOptions(config),
    logging: ['query'],
    logger: counting,
  });
  await dataSource.initialize();
  const quiet = { info: noop, error: (m: string, e?: unknown) => console.error(m, e) };
  // Migrations added since the data set was loaded apply here (none: a no-op).
  const server = await createServer({ dataSource, logger: quiet });
  const http = server.app.listen(0, '127.0.0.1', () => {
    const { port } = http.address() as AddressInfo;
    process.send!({ type: 'listening', port } satisfies ServerReply);
  });
  http.keepAliveTimeout = 60_000;
  process.on('message', (m: ServerRequest) => {
    if (m.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      process.send!({ type: 'cpu', micros: user + system } satisfies ServerReply);
    } else if (m.type === 'reset') {
      statements = [];
      keeping = true;
      process.send!({ type: 'reset-done' } satisfies ServerReply);
    } else {
      process.send!({ type: 'statements', statements } satisfies ServerReply);
      // Under load nobody reads them: stop keeping them until the next reset.
      keeping = false;
      statements = [];
    }
  });
  process.on('disconnect', () => {
    http.close();
    void server
      .close()
      .then(() => dataSource.destroy())
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
