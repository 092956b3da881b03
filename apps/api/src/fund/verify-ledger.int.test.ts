import { describeEachDatabase } from '../test-support/test-server';
import { FUND_CURRENCY } from './fund-cash';
import { JournalLineEntity } from './journal-line.entity';
import { LedgerTotalEntity } from './ledger-total.entity';
import { readFund, readFundFromTotals } from './read-fund';

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
});
