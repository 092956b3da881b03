import { todayIn } from '@revolve/domain';
import { InstalmentEntity } from '../loans/instalment.entity';
import { LoanEntity } from '../loans/loan.entity';
import { describeEachDatabase } from '../test-support/test-server';

const INDICATORS = `{ indicators { portfolioOutstanding { amount } loansDisbursed } }`;
const FRESH = { 'cache-control': 'no-cache' };

describeEachDatabase('cachedRead (indicators reused until a mutation commits)', (api) => {
  const outstanding = async (token: string, headers?: Record<string, string>) => {
    const r = await api().gql(INDICATORS, {}, { token, headers });
    expect(r.body.errors).toBeUndefined();
    return r.body.data?.indicators.portfolioOutstanding.amount as string;
  };

  it('answers from memory until a mutation, per reader scope; no-cache computes afresh', async () => {
    const ds = api().dataSource;
    const admin = await api().login('admin');
    const manager = await api().login('manager.iom');
    const first = await outstanding(admin);
    expect(await outstanding(admin)).toBe(first);
    // A case manager's districts are not the whole programme: never the admin's answer.
    expect(await outstanding(manager)).toBe(await outstanding(manager, FRESH));
    expect(await outstanding(manager)).not.toBe(first);

    // Changed behind the API (no audit event): kept answer, until asked with no-cache.
    const loan = await ds.getRepository(LoanEntity).findOneByOrFail({ status: 'ACTIVE' });
    const instalment = (
      await ds
        .getRepository(InstalmentEntity)
        .findBy({ loanId: loan.id, scheduleVersion: loan.scheduleVersion })
    ).find((i) => i.principalPaid + 100n <= i.principalDue)!;
    await ds
      .getRepository(InstalmentEntity)
      .update({ id: instalment.id }, { principalPaid: instalment.principalPaid + 100n });
    try {
      expect(await outstanding(admin)).toBe(first);
      expect(await outstanding(admin, FRESH)).not.toBe(first);
    } finally {
      await ds
        .getRepository(InstalmentEntity)
        .update({ id: instalment.id }, { principalPaid: instalment.principalPaid });
    }
    expect(await outstanding(admin, FRESH)).toBe(first);

    // A mutation (with its audit event) is seen at once.
    const paid = await api().gql(
      `mutation R($input: RecordRepaymentInput!) { recordRepayment(input: $input) { userErrors { code } } }`,
      {
        input: {
          loanId: loan.id,
          amount: { amount: '2.50', currency: 'AZN' },
          paidOn: todayIn('Asia/Baku', new Date()),
          idempotencyKey: `read-cache-${api().kind}`,
        },
      },
      { token: admin },
    );
    expect(paid.body.data?.recordRepayment.userErrors).toEqual([]);
    const cents = (a: string) => BigInt(a.replace('.', ''));
    expect(cents(first) - cents(await outstanding(admin))).toBe(250n);
  });
});
