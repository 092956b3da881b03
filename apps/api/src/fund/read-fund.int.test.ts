import { randomUUID } from 'node:crypto';
import { todayIn } from '@revolve/domain';
import { JournalLineEntity } from './journal-line.entity';
import { JournalEntryEntity } from './journal-entry.entity';
import { describeEachDatabase } from '../test-support/test-server';
import { foldFund } from './fold-fund';
import { FUND_CURRENCY } from './fund-cash';
import { readFund } from './read-fund';
import { readFundFromTotals } from './read-fund-from-totals';
import { LoanEntity } from '../loans/loan.entity';

describeEachDatabase('readFund (SQL aggregates)', (api) => {
  it('equals the whole journal folded by the domain, before and after a repayment and its reversal', async () => {
    const ds = api().dataSource;
    const before = await readFund(ds, FUND_CURRENCY);
    expect(before).toEqual(await foldFund(ds, FUND_CURRENCY));
    // The demo has disbursements, repayments, a write-off with a recovery and USD capital.
    expect(before.capital.amount).toBeGreaterThan(0n);
    expect(before.repaidTotal.amount).toBeGreaterThan(0n);
    expect(before.writtenOffTotal.amount).toBeGreaterThan(0n);
    expect(before.ledgerBalanced).toBe(true);

    const admin = await api().login('admin');
    const loan = await ds.getRepository(LoanEntity).findOneByOrFail({ status: 'ACTIVE' });
    const paid = await api().gql(
      `mutation R($input: RecordRepaymentInput!) { recordRepayment(input: $input) { repayment { id } } }`,
      {
        input: {
          loanId: loan.id,
          amount: { amount: '2.50', currency: 'AZN' },
          paidOn: todayIn('Asia/Baku', new Date()),
          idempotencyKey: `fund-${api().kind}`,
        },
      },
      { token: admin },
    );
    const afterPayment = await readFund(ds, FUND_CURRENCY);
    expect(afterPayment.repaidTotal.amount - before.repaidTotal.amount).toBe(250n);
    expect(afterPayment).toEqual(await foldFund(ds, FUND_CURRENCY));
    expect(await readFundFromTotals(ds, FUND_CURRENCY)).toEqual(afterPayment);
    await api().gql(
      `mutation V($input: ReverseRepaymentInput!) { reverseRepayment(input: $input) { userErrors { code } } }`,
      { input: { repaymentId: paid.body.data?.recordRepayment.repayment.id, reason: 'Typo.' } },
      { token: admin },
    );
    const reversed = await readFund(ds, FUND_CURRENCY);
    expect(reversed).toEqual(await foldFund(ds, FUND_CURRENCY));
    expect(await readFundFromTotals(ds, FUND_CURRENCY)).toEqual(reversed);
    expect(reversed.repaidTotal).toEqual(before.repaidTotal);
  });

  it('says unbalanced when an entry does not sum to zero', async () => {
    const ds = api().dataSource;
    const entryId = randomUUID();
    await ds.getRepository(JournalEntryEntity).insert({
      id: entryId,
      kind: 'CONTRIBUTION',
      reverses: null,
      loanId: null,
      sourceId: null,
      postedOn: '2026-01-01',
      createdAt: new Date().toISOString(),
    });
    const line = { entryId, account: 'FUND_CASH', currency: 'AZN' as const };
    await ds.getRepository(JournalLineEntity).insert([
      { ...line, id: randomUUID(), amount: 100n },
      { ...line, id: randomUUID(), amount: -99n },
    ]);
    try {
      expect((await readFund(ds, FUND_CURRENCY)).ledgerBalanced).toBe(false);
    } finally {
      await ds.getRepository(JournalLineEntity).delete({ entryId });
      await ds.getRepository(JournalEntryEntity).delete({ id: entryId });
    }
    expect((await readFund(ds, FUND_CURRENCY)).ledgerBalanced).toBe(true);
  });
});
