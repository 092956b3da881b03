import { spawnApi, type ApiProcess } from './support/api-process';
import { FUND, gql, login, REPAY, todayInBaku } from './support/client';
import { createDatabase, type ThrowawayDatabase } from './support/databases';
import { createCluster, type Cluster } from './support/throwaway-cluster';

const OUTAGE_MS = 10_000;

interface Answer {
  phase: 'up' | 'stopping' | 'down' | 'back';
  ok: boolean;
  status: number;
  codes: string[];
  text: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The database server goes away for 10 s under load (our own cluster: never the shared one).
describe('database outage under load', () => {
  let cluster: Cluster;
  let db: ThrowawayDatabase;
  let api: ApiProcess | undefined;

  beforeAll(() => {
    cluster = createCluster();
    cluster.start();
  });
  afterAll(async () => {
    await api?.stop();
    await db?.drop().catch(() => undefined);
    cluster?.destroy();
  });

  it('requests fail clearly while it is down, the process stays up and recovers by itself', async () => {
    db = await createDatabase(cluster.url);
    api = await spawnApi({ DATABASE_URL: db.url });
    const base = api.baseUrl;
    const admin = await login(base, 'admin');
    const [loan] = await db.query<{ id: string }>(
      `SELECT id FROM loans WHERE status = 'ACTIVE' LIMIT 1`,
    );
    expect(loan).toBeDefined();

    let phase: Answer['phase'] = 'up';
    const answers: Answer[] = [];
    const unanswered: string[] = [];
    let stop = false;
    let n = 0;
    const requests = [
      () => gql(base, FUND, {}, admin),
      () => gql(base, '{ me { username } }', {}, admin),
      () =>
        gql(
          base,
          REPAY,
          {
            input: {
              loanId: loan!.id,
              amount: { amount: '1.00', currency: 'AZN' },
              paidOn: todayInBaku(),
              idempotencyKey: `outage-${n++}`,
            },
          },
          admin,
        ),
    ];
    const worker = async (i: number) => {
      while (!stop) {
        const started = phase;
        try {
          const r = await requests[i % requests.length]!();
          const codes = (r.errors ?? []).map((e) => String(e.extensions?.code));
          // A request that began in one phase and ended in another tells nothing clear.
          if (started === phase)
            answers.push({
              phase,
              ok: r.status === 200 && !codes.length,
              status: r.status,
              codes,
              text: r.text,
            });
        } catch (error) {
          unanswered.push(String(error));
        }
        await sleep(25);
      }
    };
    const load = [0, 1, 2, 3, 4, 5].map(worker);
    await sleep(1500);
    phase = 'stopping';
    cluster.stop();
    phase = 'down';
    await sleep(OUTAGE_MS / 2);
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(503);
    expect(await health.text()).not.toMatch(/ECONNREFUSED|at \w+ \(/);
    await sleep(OUTAGE_MS / 2);
    expect(api.alive()).toBe(true);
    phase = 'stopping';
    cluster.start();
    phase = 'back';
    // Recovers by itself: no restart of the API, no operator.
    const deadline = Date.now() + 20_000;
    while (!answers.some((a) => a.phase === 'back' && a.ok) && Date.now() < deadline)
      await sleep(100);
    const recoveredAfter = 20_000 - (deadline - Date.now());
    await sleep(1000);
    stop = true;
    await Promise.all(load);

    expect(api.alive()).toBe(true);
    expect(unanswered).toEqual([]);
    const up = answers.filter((a) => a.phase === 'up');
    const down = answers.filter((a) => a.phase === 'down');
    const back = answers.filter((a) => a.phase === 'back');
    expect(up.length).toBeGreaterThan(0);
    expect(up.every((a) => a.ok)).toBe(true);
    expect(down.length).toBeGreaterThan(10);
    // Every request during the outage: refused with the one clear code, no internals.
    expect(new Set(down.flatMap((a) => a.codes))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    expect(down.every((a) => !a.ok && a.codes.length > 0)).toBe(true);
    for (const a of answers) {
      expect(a.codes).not.toContain('INTERNAL_SERVER_ERROR');
      expect(a.text).not.toMatch(/ECONNREFUSED|stacktrace|at \w+ \(|node_modules/);
    }
    expect(back.filter((a) => a.ok).length).toBeGreaterThan(0);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await gql(base, FUND, {}, admin)).data.fund.ledgerBalanced).toBe(true);
    console.log(
      `outage: ${up.length} answers before, ${down.length} refused during (SERVICE_UNAVAILABLE), ` +
        `first success ${recoveredAfter} ms after the restart, ${back.length} answers after`,
    );
  });
});
