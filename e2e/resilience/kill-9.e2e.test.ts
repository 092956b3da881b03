import { spawnApi, type ApiProcess } from './support/api-process';
import {
  APPROVE,
  createOpenProduct,
  DISBURSE,
  ENROLL,
  FUND,
  gql,
  login,
  REPAY,
  SUBMIT,
  survivors,
  todayInBaku,
} from './support/client';
import { createStore, HALF_WRITTEN, type Store } from './support/store';

/** How long the write load runs before the process is killed. */
const LOAD_MS = 2500;

interface Acknowledged {
  repayments: string[];
  loans: string[];
  disbursed: string[];
  enrollments: string[];
}

// `kill -9` in the middle of writes, then a restart on the same data: every write is one
// transaction, so what was answered is there and nothing is left half-done.
describe.each(['postgres', 'sqlite'] as const)('kill -9 under write load [%s]', (kind) => {
  let store: Store;
  let api: ApiProcess | undefined;

  beforeAll(async () => {
    store = await createStore(kind);
  });
  afterAll(async () => {
    await api?.stop();
    await store?.drop();
  });

  it('after a restart: the ledger balances, nothing is half-written, every 200 is there', async () => {
    api = await spawnApi(store.env);
    const base = api.baseUrl;
    const admin = await login(base, 'admin');
    const committee = await login(base, 'committee');
    const people = await survivors(base, admin);
    const productId = await createOpenProduct(base, admin, '5000.00');
    const application = (beneficiaryId: string) => ({
      input: {
        beneficiaryId,
        productId,
        purpose: 'EXPANSION',
        businessDescription: 'Kill -9 test.',
        principal: { amount: '200.00', currency: 'AZN' },
        termMonths: 6,
        graceMonths: 0,
      },
    });
    // Approved applications, to be paid out during the load.
    const approved: string[] = [];
    for (const p of people.slice(0, 12)) {
      const id = (await gql(base, SUBMIT, application(p.id), admin)).data?.submitLoanApplication
        ?.loan?.id as string | undefined;
      if (!id) continue;
      await gql(base, APPROVE, { input: { loanId: id } }, committee);
      approved.push(id);
    }
    expect(approved.length).toBeGreaterThan(3);
    const active = (
      await store.query<{ id: string }>(`SELECT id FROM loans WHERE status = 'ACTIVE'`)
    ).map((r) => r.id);
    expect(active.length).toBeGreaterThan(0);
    const sessions = (await gql(base, '{ courseSessions { id district { id } } }', {}, admin)).data
      .courseSessions as { id: string; district: { id: string } }[];
    const enrollments = people.flatMap((p) =>
      sessions.filter((s) => s.district.id === p.district.id).map((s) => [p.id, s.id] as const),
    );
    expect(enrollments.length).toBeGreaterThan(0);
    const acked: Acknowledged = { repayments: [], loans: [], disbursed: [], enrollments: [] };
    let stop = false;
    let n = 0;
    const worker = async (step: () => Promise<void>) => {
      while (!stop) {
        // The killed process answers nothing more: those requests simply fail.
        await step().catch(() => undefined);
      }
    };
    const repay = async () => {
      const i = n++;
      const r = await gql(
        base,
        REPAY,
        {
          input: {
            loanId: active[i % active.length],
            amount: { amount: '1.00', currency: 'AZN' },
            paidOn: todayInBaku(),
            idempotencyKey: `kill9-${kind}-${i}`,
          },
        },
        admin,
      );
      const id = r.data?.recordRepayment?.repayment?.id as string | undefined;
      if (r.status === 200 && id) acked.repayments.push(id);
    };
    const submit = async () => {
      const p = people[n++ % people.length]!;
      const r = await gql(base, SUBMIT, application(p.id), admin);
      const id = r.data?.submitLoanApplication?.loan?.id as string | undefined;
      if (r.status === 200 && id) acked.loans.push(id);
    };
    const disburse = async () => {
      const loanId = approved.shift();
      if (!loanId) return new Promise<void>((r) => setTimeout(r, 20));
      const r = await gql(base, DISBURSE, { input: { loanId, disbursedOn: todayInBaku() } }, admin);
      if (r.status === 200 && r.data?.disburseLoan?.loan?.status === 'ACTIVE')
        acked.disbursed.push(loanId);
    };
    const enroll = async () => {
      const pair = enrollments.shift();
      if (!pair) return new Promise<void>((r) => setTimeout(r, 20));
      const r = await gql(
        base,
        ENROLL,
        { input: { beneficiaryId: pair[0], sessionId: pair[1] } },
        admin,
      );
      const id = r.data?.enrollInSession?.enrollment?.id as string | undefined;
      if (r.status === 200 && id) acked.enrollments.push(id);
    };
    const load = [repay, repay, repay, submit, submit, disburse, enroll, enroll].map(worker);
    await new Promise((r) => setTimeout(r, LOAD_MS));
    await api.kill9();
    stop = true;
    await Promise.all(load);
    const done = Object.values(acked).reduce((sum, ids) => sum + ids.length, 0);
    expect(acked.repayments.length).toBeGreaterThan(0);
    expect(done).toBeGreaterThan(10);

    api = await spawnApi(store.env);
    const token = await login(api.baseUrl, 'admin');
    expect((await gql(api.baseUrl, FUND, {}, token)).data.fund.ledgerBalanced).toBe(true);
    for (const [what, sql] of Object.entries(HALF_WRITTEN)) {
      expect({ what, rows: await store.query(sql) }).toEqual({ what, rows: [] });
    }
    const present = async (table: string, ids: string[]) => {
      const rows = await store.query<{ id: string }>(`SELECT id FROM ${table}`);
      const stored = new Set(rows.map((r) => r.id));
      return ids.filter((id) => !stored.has(id));
    };
    expect(await present('loan_repayments', acked.repayments)).toEqual([]);
    expect(await present('loans', acked.loans)).toEqual([]);
    expect(await present('enrollments', acked.enrollments)).toEqual([]);
    const paidOut = await store.query<{ id: string }>(
      `SELECT id FROM loans WHERE "disbursedOn" IS NOT NULL`,
    );
    expect(acked.disbursed.filter((id) => !paidOut.some((r) => r.id === id))).toEqual([]);
    console.log(`kill -9 [${kind}]: ${done} writes acknowledged before the kill, all present`);
  });
});
