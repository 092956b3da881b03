import fs from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import fc from 'fast-check';
import { type GraphQLSchema } from 'graphql';
import { type DataSource } from 'typeorm';
import { type RequestContext } from '../auth/context';
import { resolveSession } from '../auth/sessions';
import { sumToBigint } from '../db/locks';
import { FUND_CURRENCY } from '../fund/fund-cash';
import { readFund } from '../fund/read-fund';
import { databaseKinds } from '../test-support/databases';
import { type KnownIds, mutationCases } from '../test-support/fuzz-inputs';
import { startTestServer, type TestApi } from '../test-support/test-server';
import { formatError, isInternalError } from './errors';
import { createLoaders } from './loaders';
import { noNulCharactersPlugin } from './no-nul-characters';
import { buildAppSchema } from './schema';

/**
 * Every mutation of the schema, fed generated input as ADMIN and as a CASE_MANAGER, straight
 * through Apollo's pipeline (no HTTP, for speed): never an internal error, and the ledger and
 * the schedules still add up afterwards. FUZZ_RUNS inputs per mutation and role (CI default
 * below; `npm run fuzz -w @revolve/api` runs 10,000 and writes per-mutation figures to
 * FUZZ_REPORT). FUZZ_SEED replays a run.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
// Only the SQLite run by default: the PostgreSQL one doubles the time for little news.
const KINDS = process.env.FUZZ_POSTGRES ? databaseKinds() : (['sqlite'] as const);

// Kinds of id, matched against input field names (`loanId`, `districtIds`, `donorId`...).
const ID_TABLES: [string, string][] = [
  ['budgetline', 'budget_lines'],
  ['casenote', 'case_notes'],
  ['referral', 'referrals'],
  ['repayment', 'loan_repayments'],
  ['enrollment', 'enrollments'],
  ['session', 'course_sessions'],
  ['course', 'courses'],
  ['product', 'loan_products'],
  ['loan', 'loans'],
  ['beneficiar', 'beneficiaries'],
  ['user', 'users'],
  ['district', 'districts'],
  ['organization', 'organizations'],
  ['donor', 'organizations'],
];

async function knownIds(ds: DataSource): Promise<KnownIds> {
  const known: KnownIds = {};
  for (const [kind, table] of ID_TABLES) {
    const rows: { id: string }[] = await ds.query(`SELECT id FROM ${table} LIMIT 40`);
    known[kind] = rows.map((r) => r.id);
  }
  return known;
}

/** Disbursed loans whose current schedule does not add up to their principal, or is missing. */
export async function schedulesOff(ds: DataSource): Promise<string[]> {
  const rows: { id: string; principal: unknown; scheduled: unknown; disbursed: unknown }[] =
    await ds.query(
      `SELECT l.id AS "id", l.principal AS "principal", SUM(i."principalDue") AS "scheduled",
              MAX(l."disbursedOn") AS "disbursed"
         FROM loans l LEFT JOIN loan_instalments i
           ON i."loanId" = l.id AND i."scheduleVersion" = l."scheduleVersion"
        GROUP BY l.id, l.principal`,
    );
  // A schedule is written at disbursement: before it there is none.
  const expected = (r: (typeof rows)[number]) => (r.disbursed ? sumToBigint(r.principal) : 0n);
  return rows
    .filter((r) => expected(r) !== sumToBigint(r.scheduled))
    .map((r) => `${r.id}: principal ${String(r.principal)}, scheduled ${String(r.scheduled)}`);
}

const fakeReq = { ip: '127.0.0.1', secure: false, headers: {}, get: () => undefined };
const fakeRes = {
  locals: { requestId: 'fuzz' },
  cookie: () => undefined,
  clearCookie: () => undefined,
  setHeader: () => undefined,
  append: () => undefined,
};

describe.each(KINDS)('every mutation under generated input [%s]', (kind) => {
  let running: Awaited<ReturnType<typeof startTestServer>>;
  let api: TestApi;
  let schema: GraphQLSchema;
  let apollo: ApolloServer<RequestContext>;
  const internal: unknown[] = [];
  const contexts = new Map<string, () => RequestContext>();

  beforeAll(async () => {
    running = await startTestServer(kind);
    api = running.api;
    schema = await buildAppSchema();
    apollo = new ApolloServer<RequestContext>({
      schema,
      includeStacktraceInErrorResponses: false,
      // The input-checking plugins of server.ts (the limits cannot trip on these documents).
      plugins: [noNulCharactersPlugin<RequestContext>()],
      formatError: (formatted, error) => {
        if (isInternalError(error)) internal.push(unwrapResolverError(error));
        return formatError(formatted, error);
      },
    });
    await apollo.start();
    // Signed in before any fuzzing: generated `login` calls may lock these usernames.
    for (const username of ['admin', 'manager.iom'])
      contexts.set(username, await contextFor(username));
  }, 120_000);

  afterAll(async () => {
    await apollo?.stop();
    await running?.stop();
  });

  async function contextFor(username: string): Promise<() => RequestContext> {
    const token = await api.login(username);
    const session = await resolveSession(api.dataSource, token, new Date());
    if (!session) throw new Error(`no session for ${username}`);
    return () => ({
      requestId: 'fuzz',
      dataSource: api.dataSource,
      user: session.user,
      sessionId: session.sessionId,
      req: fakeReq as unknown as RequestContext['req'],
      res: fakeRes as unknown as RequestContext['res'],
      loaders: createLoaders(api.dataSource),
      now: () => new Date(),
    });
  }

  it.each(['admin', 'manager.iom'])(
    'as %s: no internal error, ledger balanced, schedules sum to principal',
    async (username) => {
      const context = contexts.get(username)!;
      const all = mutationCases(schema, await knownIds(api.dataSource));
      expect(all.length).toBeGreaterThan(20);
      // FUZZ_ONLY=a,b: just those mutations (the long runs in docs/reliability.md).
      const only = process.env.FUZZ_ONLY?.split(',');
      const cases = only ? all.filter((c) => only.includes(c.name)) : all;
      expect(cases.length).toBeGreaterThan(0);
      const failures: string[] = [];
      let broken = false;
      const ledgerBroken = async () =>
        !(await readFund(api.dataSource, FUND_CURRENCY)).ledgerBalanced;
      const started = Date.now();
      for (const c of cases) {
        internal.length = 0;
        let executed = 0;
        const caseStarted = Date.now();
        const failuresBefore = failures.length;
        const property = fc.asyncProperty(c.variables, async (variables) => {
          executed += 1;
          const r = await apollo.executeOperation(
            { query: c.document, variables },
            { contextValue: context() },
          );
          const body = r.body.kind === 'single' ? r.body.singleResult : undefined;
          const input = JSON.stringify(variables).slice(0, 300);
          if (body?.errors?.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR')) {
            const cause = internal[0] instanceof Error ? internal[0].message : String(internal[0]);
            internal.length = 0;
            failures.push(`${c.name}: ${cause.slice(0, 300)} with ${input}`);
            return false;
          }
          // FUZZ_CHECK_EACH=1 names the input that unbalances the ledger (slower).
          if (process.env.FUZZ_CHECK_EACH && (await ledgerBroken())) {
            failures.push(`${c.name}: unbalanced the ledger with ${input}`);
            return false;
          }
          return true;
        });
        // A failure is recorded in `failures`; every mutation still gets its turn.
        await fc
          .assert(property, { numRuns: RUNS, seed: SEED, endOnFailure: true })
          .catch(() => undefined);
        expect(executed).toBeGreaterThan(0);
        // Checked after each mutation so that a break names its culprit (once).
        if (!broken && (await ledgerBroken())) {
          broken = true;
          failures.push(`${c.name}: the ledger no longer balances`);
        }
        const off = await schedulesOff(api.dataSource);
        if (off.length) failures.push(`${c.name}: schedules off: ${off.join('; ')}`);
        if (process.env.FUZZ_REPORT)
          fs.appendFileSync(
            process.env.FUZZ_REPORT,
            `${kind}\t${username}\t${c.name}\t${executed}\t${Date.now() - caseStarted} ms\t` +
              `${failures.slice(failuresBefore).join(' | ') || 'ok'}\n`,
          );
      }
      const seconds = (Date.now() - started) / 1000;
      console.log(
        `fuzz [${kind}] as ${username}: ${cases.length} mutations x ${RUNS} inputs in ${seconds.toFixed(1)} s (seed ${SEED})`,
      );
      expect(failures).toEqual([]);
      expect(await ledgerBroken()).toBe(false);
      expect(await schedulesOff(api.dataSource)).toEqual([]);
    },
    60 * 60_000,
  );
});
