import { todayIn } from '@revolve/domain';
import { describeEachDatabase } from '../test-support/test-server';

const COUNTED = `query A { loans(first: 1, filter: { status: [ACTIVE], minDaysPastDue: 1 }) {
  totalCount edges { node { id } } } }`;
const LISTED = `query A { loans(first: 100, filter: { status: [ACTIVE], minDaysPastDue: 1 }) {
  totalCount edges { node { id overdue { amount } } } } }`;

describeEachDatabase('arrears totalCount (reused while the portfolio state holds)', (api) => {
  it('follows repayments and reschedules', async () => {
    // Two months on, most active demo loans are behind: enough for a count past the first page.
    api().advanceClock(60 * 86_400_000);
    try {
      await followsChanges();
    } finally {
      api().advanceClock(-60 * 86_400_000);
    }
  });

  async function followsChanges() {
    const admin = await api().login('admin');
    const arrears = async () => {
      const counted = (await api().gql(COUNTED, {}, { token: admin })).body.data?.loans;
      const listed = (await api().gql(LISTED, {}, { token: admin })).body.data?.loans;
      // Fewer than 100: the list's own length is the truth, counted without the cache.
      expect(listed.edges.length).toBeLessThan(100);
      expect(counted.totalCount).toBe(listed.edges.length);
      return listed.edges.map((e: { node: { id: string; overdue: { amount: string } } }) => e.node);
    };
    const before = await arrears();
    expect(before.length).toBeGreaterThanOrEqual(4);
    // Asked again unchanged: the same total (served from the reused count).
    expect((await api().gql(COUNTED, {}, { token: admin })).body.data?.loans.totalCount).toBe(
      before.length,
    );

    const [paid, rescheduled] = before;
    const pay = await api().gql(
      `mutation R($input: RecordRepaymentInput!) { recordRepayment(input: $input) { userErrors { code } } }`,
      {
        input: {
          loanId: paid.id,
          amount: { amount: paid.overdue.amount, currency: 'AZN' },
          paidOn: todayIn('Asia/Baku', new Date()),
          idempotencyKey: `arrears-count-${api().kind}`,
        },
      },
      { token: admin },
    );
    expect(pay.body.data?.recordRepayment.userErrors).toEqual([]);
    const afterPayment = await arrears();
    expect(afterPayment.map((l: { id: string }) => l.id)).not.toContain(paid.id);

    const committee = await api().login('committee');
    const r = await api().gql(
      `mutation R($input: RescheduleLoanInput!) { rescheduleLoan(input: $input) { userErrors { code field } } }`,
      {
        input: {
          loanId: rescheduled.id,
          reason: 'ILLNESS',
          note: 'In hospital.',
          termMonths: 12,
          graceMonths: 2,
        },
      },
      { token: committee },
    );
    expect(r.body.data?.rescheduleLoan.userErrors).toEqual([]);
    const afterReschedule = await arrears();
    expect(afterReschedule.map((l: { id: string }) => l.id)).not.toContain(rescheduled.id);
    expect(afterReschedule.length).toBe(before.length - 2);
  }
});
