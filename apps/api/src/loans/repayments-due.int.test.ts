import { addDays } from '@revolve/domain';
import { REPAY, today } from '../test-support/loan-helpers';
import { describeEachDatabase } from '../test-support/test-server';

const DUE = `query D($filter: RepaymentsDueFilter, $first: Int, $after: String) {
  repaymentsDue(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id reference status daysPastDue beneficiary { district { id code } }
      nextInstalment { dueDate principalDue { amount } principalPaid { amount } } } } } }`;
const RECENT = `query R($since: DateTime!, $districtIds: [ID!]) {
  recentRepayments(recordedSince: $since, districtIds: $districtIds) {
    repayment { id amount { amount currency } paidOn recordedAt } loan { id reference } } }`;

interface DueLoan {
  id: string;
  reference: string;
  status: string;
  daysPastDue: number;
  beneficiary: { district: { id: string; code: string } };
  nextInstalment: { dueDate: string; principalDue: { amount: string } } | null;
}

describeEachDatabase('repayments due and recent repayments (collection sheet)', (api) => {
  let admin: string;
  let manager: string;
  let otherManager: string;
  let analyst: string;
  const MANAGER_DISTRICTS = ['AGJ', 'BEY', 'IMI', 'FUZ'];

  const due = async (token: string, filter: Record<string, unknown> = {}, first = 100) => {
    const r = await api().gql(DUE, { filter, first }, { token });
    expect(r.body.errors).toBeUndefined();
    return r.body.data?.repaymentsDue as {
      totalCount: number;
      edges: { node: DueLoan }[];
    };
  };

  beforeAll(async () => {
    admin = await api().login('admin');
    manager = await api().login('manager.iom');
    otherManager = await api().login('manager.ciraq');
    analyst = await api().login('analyst.undp');
  });

  it('lists active loans by oldest unpaid due date, all districts for ADMIN', async () => {
    const all = await due(admin);
    const loans = all.edges.map((e) => e.node);
    expect(loans.length).toBeGreaterThan(1);
    expect(all.totalCount).toBe(loans.length);
    expect(loans.every((l) => l.status === 'ACTIVE' && l.nextInstalment)).toBe(true);
    const dates = loans.map((l) => l.nextInstalment!.dueDate);
    expect(dates).toEqual([...dates].sort());
    const districts = new Set(loans.map((l) => l.beneficiary.district.code));
    expect(districts.size).toBeGreaterThan(1);
  });

  it('keeps a case manager to their own districts, even when asking for others', async () => {
    const mine = (await due(manager)).edges.map((e) => e.node);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((l) => MANAGER_DISTRICTS.includes(l.beneficiary.district.code))).toBe(true);
    const theirs = (await due(otherManager)).edges.map((e) => e.node);
    const theirDistrictIds = [...new Set(theirs.map((l) => l.beneficiary.district.id))];
    expect(theirDistrictIds.length).toBeGreaterThan(0);
    expect((await due(manager, { districtIds: theirDistrictIds })).totalCount).toBe(0);
    const one = mine[0]!.beneficiary.district;
    const narrowed = (await due(manager, { districtIds: [one.id] })).edges.map((e) => e.node);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((l) => l.beneficiary.district.id === one.id)).toBe(true);
  });

  it('filters overdue and due this week by the oldest unpaid due date', async () => {
    const t = today();
    const overdue = (await due(admin, { window: 'OVERDUE' })).edges.map((e) => e.node);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((l) => l.nextInstalment!.dueDate < t && l.daysPastDue > 0)).toBe(true);
    const week = (await due(admin, { window: 'DUE_THIS_WEEK' })).edges.map((e) => e.node);
    expect(
      week.every(
        (l) => l.nextInstalment!.dueDate >= t && l.nextInstalment!.dueDate <= addDays(t, 6),
      ),
    ).toBe(true);
    const all = await due(admin, { window: 'ALL' });
    const expectedWeek = all.edges.filter(
      (e) => e.node.nextInstalment!.dueDate >= t && e.node.nextInstalment!.dueDate <= addDays(t, 6),
    );
    expect(week.map((l) => l.id)).toEqual(expectedWeek.map((e) => e.node.id));
  });

  it('pages without losing the order', async () => {
    const all = (await due(admin)).edges.map((e) => e.node.id);
    const first = await api().gql(DUE, { first: 2 }, { token: admin });
    const page1 = first.body.data?.repaymentsDue;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const second = await api().gql(
      DUE,
      { first: 2, after: page1.pageInfo.endCursor },
      { token: admin },
    );
    const ids = [...page1.edges, ...second.body.data!.repaymentsDue.edges].map(
      (e: { node: { id: string } }) => e.node.id,
    );
    expect(ids).toEqual(all.slice(0, 4));
  });

  it('shows a repayment just recorded under recent repayments, scoped like the loans', async () => {
    // The demo data may have been recorded moments ago too: compare with what was there before.
    const since = new Date(Date.now() - 1000).toISOString();
    type Row = { repayment: { id: string }; loan: { id: string; reference: string } };
    const recent = async (token: string, vars: Record<string, unknown> = {}) => {
      const r = await api().gql(RECENT, { since, ...vars }, { token });
      expect(r.body.errors).toBeUndefined();
      return r.body.data?.recentRepayments as Row[];
    };
    const before = await recent(manager);
    const loan = (await due(manager)).edges[0]!.node;
    const r = await api().gql(
      REPAY,
      {
        input: {
          loanId: loan.id,
          amount: { amount: '1.00', currency: 'AZN' },
          paidOn: today(),
          idempotencyKey: `sheet-${Date.now()}`,
        },
      },
      { token: manager },
    );
    expect(r.body.data?.recordRepayment.userErrors).toEqual([]);
    const repaymentId = r.body.data?.recordRepayment.repayment.id as string;
    const mine = await recent(manager);
    expect(mine).toHaveLength(before.length + 1);
    // Newest first.
    expect(mine[0]).toEqual({
      repayment: expect.objectContaining({
        id: repaymentId,
        amount: { amount: '1.00', currency: 'AZN' },
      }),
      loan: { id: loan.id, reference: loan.reference },
    });
    const ids = (rows: Row[]) => rows.map((row) => row.repayment.id);
    expect(ids(await recent(otherManager))).not.toContain(repaymentId);
    expect(ids(await recent(admin, { districtIds: [loan.beneficiary.district.id] }))).toContain(
      repaymentId,
    );
    const later = await api().gql(
      RECENT,
      { since: new Date(Date.now() + 60_000).toISOString() },
      { token: admin },
    );
    expect(later.body.data?.recentRepayments).toEqual([]);
  });

  it('refuses approvers, analysts and strangers', async () => {
    const committee = await api().login('committee');
    for (const token of [committee, analyst, null]) {
      const r = await api().gql(DUE, {}, { token });
      expect(r.body.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
      const s = await api().gql(RECENT, { since: new Date().toISOString() }, { token });
      expect(s.body.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
  });
});
