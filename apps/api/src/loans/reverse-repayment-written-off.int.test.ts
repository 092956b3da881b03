import { FUND_CURRENCY } from '../fund/fund-cash';
import { readFund } from '../fund/read-fund';
import { describeEachDatabase } from '../test-support/test-server';

const REVERSE = `mutation R($input: ReverseRepaymentInput!) {
  reverseRepayment(input: $input) { repayment { id reversedAt } userErrors { code field message } } }`;

// Found by the mutation fuzzer: this reversal left the ledger unbalanced.
describeEachDatabase('reversing a repayment of a written-off loan', (api) => {
  it('is refused for money paid before the write-off, and the ledger stays balanced', async () => {
    const admin = await api().login('admin');
    const r = await api().gql(
      `{ loans(first: 50, filter: { status: [WRITTEN_OFF] }) { edges { node { id
          repayments { id recovery reversedAt } } } } }`,
      {},
      { token: admin },
    );
    const repayment = r.body.data?.loans.edges
      .flatMap(
        (e: { node: { repayments: { id: string; recovery: boolean }[] } }) => e.node.repayments,
      )
      .find((p: { recovery: boolean }) => !p.recovery);
    expect(repayment).toBeDefined();
    const out = await api().gql(
      REVERSE,
      { input: { repaymentId: repayment.id, reason: 'Recorded twice.' } },
      { token: admin },
    );
    expect(out.body.data?.reverseRepayment).toMatchObject({
      repayment: null,
      userErrors: [{ code: 'INVALID_STATE', field: ['input', 'repaymentId'] }],
    });
    expect((await readFund(api().dataSource, FUND_CURRENCY)).ledgerBalanced).toBe(true);
  });
});
