import {
  APPROVE,
  CONTRIBUTE,
  createProduct,
  daysAgo,
  demoIds,
  DISBURSE,
  FUND,
  REPAY,
  SUBMIT,
  today,
} from '../test-support/loan-helpers';
import { describeEachDatabase } from '../test-support/test-server';

const cents = (m: { amount: string }) => BigInt(m.amount.replace('.', ''));

describeEachDatabase(
  'loans under concurrency',
  (api) => {
    let admin: string;
    let committee: string;
    let ids: Awaited<ReturnType<typeof demoIds>>;
    let productId: string;

    beforeAll(async () => {
      admin = await api().login('admin');
      committee = await api().login('committee');
      ids = await demoIds(api(), admin);
      productId = await createProduct(api());
    });

    /** Approved applications of 1,000 AZN, prepared by the admin (all districts). */
    async function approvedLoans(codes: string[]): Promise<string[]> {
      const loans: string[] = [];
      for (const code of codes) {
        const s = await api().gql(
          SUBMIT,
          {
            input: {
              beneficiaryId: ids.survivor(code),
              productId,
              purpose: 'EXPANSION',
              businessDescription: 'Beekeeping.',
              principal: { amount: '1000.00', currency: 'AZN' },
              termMonths: 10,
              graceMonths: 0,
            },
          },
          { token: admin },
        );
        const id = s.body.data?.submitLoanApplication.loan?.id as string;
        if (!id) throw new Error(JSON.stringify(s.body));
        await api().gql(APPROVE, { input: { loanId: id } }, { token: committee });
        loans.push(id);
      }
      return loans;
    }

    it('30 disbursements at once at a fund that covers 10: exactly 10 succeed, the fund never goes below zero', async () => {
      // 10,500 AZN: ten loans of 1,000 fit, the eleventh does not.
      const c = await api().gql(
        CONTRIBUTE,
        {
          input: {
            donorId: ids.org('ANAMA'),
            amount: { amount: '10500.00', currency: 'AZN' },
            receivedOn: daysAgo(30),
          },
        },
        { token: admin },
      );
      expect(c.body.data?.recordContribution.userErrors).toEqual([]);
      const loans = await approvedLoans(ids.codes.slice(0, 30));
      expect(loans).toHaveLength(30);
      const results = await Promise.all(
        loans.map((loanId) =>
          api().gql(DISBURSE, { input: { loanId, disbursedOn: today() } }, { token: admin }),
        ),
      );
      const payloads = results.map((r) => r.body.data?.disburseLoan);
      expect(results.every((r) => r.body.errors === undefined)).toBe(true);
      expect(payloads.filter((p) => p.loan?.status === 'ACTIVE')).toHaveLength(10);
      const refused = payloads.filter((p) => p.loan === null);
      expect(refused).toHaveLength(20);
      expect(new Set(refused.map((p) => p.userErrors[0].code))).toEqual(
        new Set(['INSUFFICIENT_FUNDS']),
      );
      const fund = (await api().gql(FUND, {}, { token: admin })).body.data?.fund;
      expect(fund).toMatchObject({
        available: { amount: '500.00' },
        outstanding: { amount: '10000.00' },
        ledgerBalanced: true,
      });
      expect(cents(fund.available)).toBeGreaterThanOrEqual(0n);
    });

    it('one repayment key replayed 20 times at once records one repayment with identical answers', async () => {
      const active = await api().gql(
        '{ loans(first: 1, filter: { status: [ACTIVE] }) { edges { node { id } } } }',
        {},
        { token: admin },
      );
      const loanId = active.body.data?.loans.edges[0].node.id as string;
      const input = {
        loanId,
        amount: { amount: '100.00', currency: 'AZN' },
        paidOn: today(),
        idempotencyKey: 'concurrent-replay-0001',
      };
      const results = await Promise.all(
        Array.from({ length: 20 }, () => api().gql(REPAY, { input }, { token: admin })),
      );
      const answers = results.map((r) => JSON.stringify(r.body));
      expect(new Set(answers).size).toBe(1);
      expect(results[0]!.body.data?.recordRepayment).toMatchObject({
        userErrors: [],
        repayment: { amount: { amount: '100.00' } },
      });
      const loan = await api().gql(
        'query L($id: ID!) { loan(id: $id) { repayments { id } outstanding { amount } } }',
        { id: loanId },
        { token: admin },
      );
      expect(loan.body.data?.loan).toEqual({
        repayments: [{ id: results[0]!.body.data?.recordRepayment.repayment.id }],
        outstanding: { amount: '900.00' },
      });
      const fund = (await api().gql(FUND, {}, { token: admin })).body.data?.fund;
      expect(fund).toMatchObject({
        available: { amount: '600.00' },
        repaidTotal: { amount: '100.00' },
        ledgerBalanced: true,
      });
    });
  },
  { seed: 'people' },
);
