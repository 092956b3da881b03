import { type JournalEntry } from '@revolve/domain';
import { totalsDelta } from './ledger-totals';

const azn = (amount: bigint) => ({ amount, currency: 'AZN' as const });

describe('totalsDelta', () => {
  it('adds each account once per currency, in one order whatever the lines', () => {
    const entry: JournalEntry = {
      kind: 'REPAYMENT',
      lines: [
        { account: 'LOANS_RECEIVABLE', amount: azn(-300n) },
        { account: 'FUND_CASH', amount: azn(200n) },
        { account: 'FUND_CASH', amount: azn(100n) },
      ],
    };
    expect(totalsDelta(entry)).toEqual([
      { account: 'FUND_CASH', currency: 'AZN', kind: 'REPAYMENT', balance: 300n, moved: 300n },
      {
        account: 'LOANS_RECEIVABLE',
        currency: 'AZN',
        kind: 'REPAYMENT',
        balance: -300n,
        moved: 300n,
      },
    ]);
  });

  it('counts a reversal against the kind it cancels, moving money back', () => {
    const entry: JournalEntry = {
      kind: 'REVERSAL',
      reverses: 'REPAYMENT',
      lines: [
        { account: 'LOANS_RECEIVABLE', amount: azn(300n) },
        { account: 'FUND_CASH', amount: azn(-300n) },
      ],
    };
    expect(totalsDelta(entry)).toEqual([
      { account: 'FUND_CASH', currency: 'AZN', kind: 'REPAYMENT', balance: -300n, moved: -300n },
      {
        account: 'LOANS_RECEIVABLE',
        currency: 'AZN',
        kind: 'REPAYMENT',
        balance: 300n,
        moved: -300n,
      },
    ]);
  });
});
