import { spawnApi, type ApiProcess } from './support/api-process';
import {
  APPROVE,
  cents,
  createOpenProduct,
  decimal,
  DISBURSE,
  FUND,
  gql,
  login,
  REPAY,
  SUBMIT,
  survivors,
  todayInBaku,
} from './support/client';
import { createDatabase, type ThrowawayDatabase } from './support/databases';

// Two API processes on one PostgreSQL database, as behind a load balancer (docs/deployment.md):
// nothing that matters lives in a process, the database's locks and constraints decide.
describe('two API processes on one PostgreSQL', () => {
  let db: ThrowawayDatabase;
  let a: ApiProcess;
  let b: ApiProcess;
  let admin: string;

  beforeAll(async () => {
    db = await createDatabase();
    // One after the other: the first migrates and loads the demo, the second finds them done.
    a = await spawnApi({ DATABASE_URL: db.url });
    b = await spawnApi({ DATABASE_URL: db.url });
    expect(b.output()).toMatch(/already up to date/);
    admin = await login(a.baseUrl, 'admin');
  });

  afterAll(async () => {
    await a?.stop();
    await b?.stop();
    await db?.drop();
  });

  const via = (i: number) => (i % 2 === 0 ? a : b).baseUrl;

  it('a session made on one process works on the other', async () => {
    const me = await gql(b.baseUrl, '{ me { username } }', {}, admin);
    expect(me.data?.me?.username).toBe('admin');
  });

  it('concurrent disbursements through both never overdraw the fund', async () => {
    const committee = await login(b.baseUrl, 'committee');
    const before = await gql(a.baseUrl, FUND, {}, admin);
    const available = cents(before.data.fund.available.amount as string);
    // A principal of which exactly two fit into what the fund holds.
    const principal = ((available * 2n) / 5n / 100n) * 100n;
    expect(principal).toBeGreaterThan(0n);
    const productId = await createOpenProduct(a.baseUrl, admin, decimal(principal * 2n));
    const people = await survivors(a.baseUrl, admin);
    const loans: string[] = [];
    for (const [i, p] of people.entries()) {
      if (loans.length === 8) break;
      const s = await gql(
        via(i),
        SUBMIT,
        {
          input: {
            beneficiaryId: p.id,
            productId,
            purpose: 'EXPANSION',
            businessDescription: 'Two-process test.',
            principal: { amount: decimal(principal), currency: 'AZN' },
            termMonths: 12,
            graceMonths: 0,
          },
        },
        admin,
      );
      const id = s.data?.submitLoanApplication?.loan?.id as string | undefined;
      if (!id) continue; // this survivor is not eligible (e.g. a loan already running)
      const ok = await gql(via(i + 1), APPROVE, { input: { loanId: id } }, committee);
      expect(ok.data?.approveLoan?.loan?.status).toBe('APPROVED');
      loans.push(id);
    }
    expect(loans).toHaveLength(8);

    const results = await Promise.all(
      loans.map((loanId, i) =>
        gql(via(i), DISBURSE, { input: { loanId, disbursedOn: todayInBaku() } }, admin),
      ),
    );
    expect(results.every((r) => r.status === 200 && r.errors === undefined)).toBe(true);
    const payloads = results.map((r) => r.data.disburseLoan);
    expect(payloads.filter((p) => p.loan?.status === 'ACTIVE')).toHaveLength(2);
    const refused = payloads.filter((p) => p.loan === null);
    expect(refused).toHaveLength(6);
    expect(new Set(refused.map((p) => p.userErrors[0].code))).toEqual(
      new Set(['INSUFFICIENT_FUNDS']),
    );
    for (const server of [a, b]) {
      const fund = (await gql(server.baseUrl, FUND, {}, admin)).data.fund;
      expect(cents(fund.available.amount as string)).toBe(available - 2n * principal);
      expect(fund.ledgerBalanced).toBe(true);
    }
  });

  it('one repayment key replayed through both processes at once records one repayment', async () => {
    const [active] = await db.query<{ id: string }>(
      `SELECT id FROM loans WHERE status = 'ACTIVE' ORDER BY "disbursedOn" DESC LIMIT 1`,
    );
    const loanId = active!.id;
    const key = `two-process-${Date.now()}`;
    const input = {
      loanId,
      amount: { amount: '10.00', currency: 'AZN' },
      paidOn: todayInBaku(),
      idempotencyKey: key,
    };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => gql(via(i), REPAY, { input }, admin)),
    );
    expect(results.every((r) => r.errors === undefined)).toBe(true);
    const ids = new Set(results.map((r) => r.data.recordRepayment.repayment?.id as string));
    expect(ids.size).toBe(1);
    const rows = await db.query(`SELECT id FROM loan_repayments WHERE "idempotencyKey" = $1`, [
      key,
    ]);
    expect(rows).toHaveLength(1);
    const entries = await db.query(
      `SELECT id FROM journal_entries WHERE "sourceId" = $1 AND kind = 'REPAYMENT'`,
      [[...ids][0]],
    );
    expect(entries).toHaveLength(1);
    expect((await gql(b.baseUrl, FUND, {}, admin)).data.fund.ledgerBalanced).toBe(true);
  });
});
