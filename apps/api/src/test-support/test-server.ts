import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import { type DataSource } from 'typeorm';
import { FUND_CURRENCY } from '../fund/fund-cash';
import { readFund } from '../fund/read-fund';
import { DEMO_PASSWORD } from '../seed/demo-programme';
import { loadDemoProgramme } from '../seed/load-demo-programme';
import { createServer, type ServerOptions } from '../server';
import { type DatabaseKind, createTestDatabase, databaseKinds } from './databases';

/** true: the whole demo programme; 'people': organisations, users and survivors, no money or loans. */
export type SeedOption = boolean | 'people';

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: {
      message: string;
      path?: (string | number)[];
      extensions?: Record<string, unknown>;
    }[];
  };
}

export interface TestApi {
  kind: DatabaseKind;
  url: string;
  dataSource: DataSource;
  /** Move the server's clock forward (sessions, locks). */
  advanceClock(ms: number): void;
  loggedErrors: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read any response shape
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GqlResponse<T>>;
  /** Signs in and returns the Bearer token (fails the test when sign-in fails). */
  login(username: string, password?: string): Promise<string>;
  fetch(pathname: string, init?: RequestInit): Promise<Response>;
}

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { token user { id username role } userErrors { code message field } }
}`;

export async function startTestServer(
  kind: DatabaseKind,
  options: Partial<ServerOptions> & { seed?: SeedOption } = {},
): Promise<{ api: TestApi; stop(): Promise<void> }> {
  const db = await createTestDatabase(kind);
  let offset = 0;
  const loggedErrors: string[] = [];
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'revolve-spa-'));
  const server = await createServer({
    database: db.config,
    now: () => new Date(Date.now() + offset),
    logger: { info: () => undefined, error: (m) => loggedErrors.push(m) },
    adminDist: path.join(empty, 'admin'),
    portalDist: path.join(empty, 'portal'),
    ...options,
  });
  if (options.seed !== false)
    await loadDemoProgramme(server.dataSource, new Date(), { loans: options.seed !== 'people' });
  const http: Server = await new Promise((resolve) => {
    const s = server.app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;

  const api: TestApi = {
    kind,
    url,
    dataSource: server.dataSource,
    loggedErrors,
    advanceClock: (ms) => {
      offset += ms;
    },
    fetch: (pathname, init) => fetch(url + pathname, init),
    async gql(query, variables, opts = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : {} };
    },
    async login(username, password = DEMO_PASSWORD) {
      const r = await api.gql(LOGIN, { input: { username, password } });
      const token = r.body.data?.login?.token as string | undefined;
      if (!token) throw new Error(`login ${username} failed: ${JSON.stringify(r.body)}`);
      return token;
    },
  };
  return {
    api,
    async stop() {
      await new Promise((resolve) => http.close(resolve));
      await server.close();
      await db.drop();
      fs.rmSync(empty, { recursive: true, force: true });
    },
  };
}

/**
 * Runs a suite once per database: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.
 * Each gets its own throwaway database, migrated (not synchronised) and seeded with the demo programme.
 */
export function describeEachDatabase(
  name: string,
  fn: (api: () => TestApi) => void,
  options: Partial<ServerOptions> & { seed?: SeedOption } = {},
): void {
  describe.each(databaseKinds())(`${name} [%s]`, (kind) => {
    let running: Awaited<ReturnType<typeof startTestServer>> | undefined;
    beforeAll(async () => {
      running = await startTestServer(kind, options);
    });
    afterAll(async () => {
      try {
        // Whatever a suite did, the ledger must still balance and agree with the loans.
        if (running) {
          const fund = await readFund(running.api.dataSource, FUND_CURRENCY);
          if (!fund.ledgerBalanced)
            throw new Error(`${name} [${kind}]: the ledger is not balanced`);
        }
      } finally {
        await running?.stop();
      }
    });
    fn(() => {
      if (!running) throw new Error('test server not started');
      return running.api;
    });
  });
}
