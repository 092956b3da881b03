import { todayIn } from '@revolve/domain';
import { describeEachDatabase } from '../test-support/test-server';
import { FUND_CURRENCY } from './fund-cash';
import { JournalLineEntity } from './journal-line.entity';
import { LedgerTotalEntity } from './ledger-total.entity';
import { readFund } from './read-fund';
import { forgetPortfolioComparison, readFundFromTotals } from './read-fund-from-totals';
import { InstalmentEntity } from '../loans/instalment.entity';
import { LoanEntity } from '../loans/loan.entity';

const VERIFY = `{ verifyLedger { balanced unbalancedEntries totalsMismatches portfolioAgrees verifiedAt } }`;
const FUND = `{ fund { ledgerBalanced available { amount } } }`;

describeEachDatabase('verifyLedger (every line) and fund (running totals)', (api) => {
  it('agree on the demo ledger; only ADMIN may run the full check', async () => {
    const ds = api().dataSource;
    expect(await readFundFromTotals(ds, FUND_CURRENCY)).toEqual(await readFund(ds, FUND_CURRENCY));
    const admin = await api().login('admin');
    const r = await api().gql(VERIFY, {}, { token: admin });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.verifyLedger).toMatchObject({
      balanced: true,
      unbalancedEntries: 0,
      totalsMismatches: 0,
      portfolioAgrees: true,
    });
    const manager = await api().login('manager.iom');
    const refused = await api().gql(VERIFY, {}, { token: manager });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('detects a journal line changed behind the API, which the running totals do not see', async () => {
    const ds = api().dataSource;
    const admin = await api().login('admin');
    const line = await ds.getRepository(JournalLineEntity).findOneOrFail({ where: {} });
    await ds.getRepository(JournalLineEntity).update({ id: line.id }, { amount: line.amount + 1n });
    try {
      const r = await api().gql(VERIFY, {}, { token: admin });
      expect(r.body.data?.verifyLedger).toMatchObject({
        balanced: false,
        unbalancedEntries: 1,
        totalsMismatches: 1,
      });
      // fund reads the totals, which postJournalEntry keeps: a line edited in SQL is for the full check.
      const fund = await api().gql(FUND, {}, { token: admin });
      expect(fund.body.data?.fund).toMatchObject({ ledgerBalanced: true });
    } finally {
      await ds.getRepository(JournalLineEntity).update({ id: line.id }, { amount: line.amount });
    }
    const after = await api().gql(VERIFY, {}, { token: admin });
    expect(after.body.data?.verifyLedger).toMatchObject({ balanced: true, totalsMismatches: 0 });
  });

  it('says unbalanced in fund when the running totals no longer sum to zero', async () => {
    const ds = api().dataSource;
    const admin = await api().login('admin');
    const cash = await ds
      .getRepository(LedgerTotalEntity)
      .findOneByOrFail({ account: 'FUND_CASH', currency: FUND_CURRENCY, kind: 'CONTRIBUTION' });
    const key = { account: cash.account, currency: cash.currency, kind: cash.kind };
    await ds.getRepository(LedgerTotalEntity).update(key, { balance: cash.balance + 100n });
    try {
      const fund = await api().gql(FUND, {}, { token: admin });
      expect(fund.body.data?.fund).toMatchObject({ ledgerBalanced: false });
      const r = await api().gql(VERIFY, {}, { token: admin });
      expect(r.body.data?.verifyLedger).toMatchObject({
        balanced: false,
        unbalancedEntries: 0,
        totalsMismatches: 1,
      });
    } finally {
      await ds.getRepository(LedgerTotalEntity).update(key, { balance: cash.balance });
    }
    const fund = await api().gql(FUND, {}, { token: admin });
    expect(fund.body.data?.fund).toMatchObject({ ledgerBalanced: true });
  });

  it('finds an instalment changed behind the API; fund compares again after the next posting', async () => {
    const ds = api().dataSource;
    const admin = await api().login('admin');
    const active = await ds.getRepository(LoanEntity).find({ where: { status: 'ACTIVE' } });
    const open = async (loan: LoanEntity) =>
      (
        await ds
          .getRepository(InstalmentEntity)
          .findBy({ loanId: loan.id, scheduleVersion: loan.scheduleVersion })
      ).find((i) => i.principalDue - i.principalPaid >= 2n);
    const tampered = active[0]!;
    const other = active.find((l) => l !== tampered)!;
    const instalment = (await open(tampered))!;
    expect((await api().gql(FUND, {}, { token: admin })).body.data?.fund).toMatchObject({
      ledgerBalanced: true,
    });
    await ds
      .getRepository(InstalmentEntity)
      .update({ id: instalment.id }, { principalPaid: instalment.principalPaid + 1n });
    try {
      const r = await api().gql(VERIFY, {}, { token: admin });
      expect(r.body.data?.verifyLedger).toMatchObject({
        balanced: false,
        portfolioAgrees: false,
        totalsMismatches: 0,
      });
      // A posting (here a repayment on another loan) makes fund compare the portfolio again.
      const paid = await api().gql(
        `mutation R($input: RecordRepaymentInput!) { recordRepayment(input: $input) { repayment { id } userErrors { code } } }`,
        {
          input: {
            loanId: other.id,
            amount: { amount: '0.01', currency: 'AZN' },
            paidOn: todayIn('Asia/Baku', new Date()),
            idempotencyKey: `verify-${api().kind}`,
          },
        },
        { token: admin },
      );
      expect(paid.body.data?.recordRepayment.userErrors).toEqual([]);
      expect((await api().gql(FUND, {}, { token: admin })).body.data?.fund).toMatchObject({
        ledgerBalanced: false,
      });
    } finally {
      await ds
        .getRepository(InstalmentEntity)
        .update({ id: instalment.id }, { principalPaid: instalment.principalPaid });
      forgetPortfolioComparison(ds);
    }
    expect((await api().gql(FUND, {}, { token: admin })).body.data?.fund).toMatchObject({
      ledgerBalanced: true,
    });
    expect(await readFundFromTotals(ds, FUND_CURRENCY)).toEqual(await readFund(ds, FUND_CURRENCY));
  });
});
