import { FUND } from '../test-support/loan-helpers';
import { describeEachDatabase } from '../test-support/test-server';
import { DEMO_LOANS } from './demo-loans';

const LIST = `{ loans(first: 100) { totalCount edges { node {
  reference status daysPastDue rescheduled beneficiary { code } outstanding { amount }
  repayments { recovery } history { action } } } } }`;

describeEachDatabase('demo loans and fund', (api) => {
  it('shows every state: waiting, approved, rejected, on time, 10 and 45 days late, rescheduled, repaid, written off', async () => {
    const token = await api().login('admin');
    const r = await api().gql(LIST, {}, { token });
    expect(r.body.errors).toBeUndefined();
    const byCode = new Map(
      r.body.data?.loans.edges.map((e: { node: { beneficiary: { code: string } } }) => [
        e.node.beneficiary.code,
        e.node,
      ]),
    );
    expect(r.body.data?.loans.totalCount).toBe(DEMO_LOANS.length);
    const facts = (code: string) => {
      const l = byCode.get(code) as { status: string; daysPastDue: number; rescheduled: boolean };
      return [l.status, l.daysPastDue, l.rescheduled];
    };
    expect(facts('AGJ-001')).toEqual(['ACTIVE', 0, false]);
    expect(facts('AGJ-002')).toEqual(['ACTIVE', 0, false]);
    expect(facts('SAA-002')).toEqual(['ACTIVE', 0, false]);
    expect(facts('BEY-001')).toEqual(['ACTIVE', 10, false]);
    expect(facts('BEY-002')).toEqual(['ACTIVE', 45, false]);
    expect(facts('IMI-001')).toEqual(['ACTIVE', 0, true]);
    expect(facts('IMI-002')).toEqual(['REPAID', 0, false]);
    expect(facts('SAA-001')).toEqual(['WRITTEN_OFF', 0, false]);
    expect(facts('BIL-001')[0]).toBe('SUBMITTED');
    expect(facts('FUZ-001')[0]).toBe('SUBMITTED');
    expect(facts('TAR-001')[0]).toBe('APPROVED');
    expect(facts('TAR-002')[0]).toBe('REJECTED');
    const writtenOff = byCode.get('SAA-001') as {
      repayments: { recovery: boolean }[];
      history: { action: string }[];
    };
    expect(writtenOff.repayments.map((x) => x.recovery)).toEqual([false, false, true]);
    expect(writtenOff.history.map((h) => h.action)).toEqual([
      'SUBMITTED',
      'APPROVED',
      'DISBURSED',
      'REPAYMENT',
      'REPAYMENT',
      'WRITTEN_OFF',
      'RECOVERY',
    ]);
    const arrears = await api().gql(
      '{ loans(filter: { minDaysPastDue: 30 }) { edges { node { beneficiary { code } } } } }',
      {},
      { token },
    );
    expect(
      arrears.body.data?.loans.edges.map(
        (e: { node: { beneficiary: { code: string } } }) => e.node.beneficiary.code,
      ),
    ).toEqual(['BEY-002']);
  });

  it('counts the family members working in the businesses that were paid out', async () => {
    const token = await api().login('admin');
    const r = await api().gql('{ indicators { familyWorkers } }', {}, { token });
    const paidOut = DEMO_LOANS.filter(
      (l) => !['SUBMITTED', 'APPROVED', 'REJECTED'].includes(l.state),
    );
    const expected = paidOut.reduce((sum, l) => sum + l.familyWorkers, 0);
    expect(expected).toBeGreaterThan(0);
    expect(r.body.data?.indicators.familyWorkers).toBe(expected);
  });

  it('funds 80,000 USD of loan capital at 1.70 AZN/USD and keeps the ledger balanced', async () => {
    const token = await api().login('analyst.undp');
    const f = (await api().gql(FUND, {}, { token })).body.data?.fund;
    expect(f.capital).toEqual({ amount: '136000.00' });
    expect(
      f.contributions.map((c: { donor: { code: string }; amount: { amount: string } }) => [
        c.donor.code,
        c.amount.amount,
      ]),
    ).toEqual([
      ['UNDP', '50000.00'],
      ['ANAMA', '30000.00'],
    ]);
    const cents = (m: { amount: string }) => BigInt(m.amount.replace('.', ''));
    expect(cents(f.capital)).toBe(
      cents(f.available) + cents(f.outstanding) + cents(f.writtenOffTotal),
    );
    expect(cents(f.disbursedTotal)).toBeGreaterThan(0n);
    expect(cents(f.repaidTotal)).toBeGreaterThan(0n);
    expect(f.ledgerBalanced).toBe(true);
  });

  it('shows the 136,000 USD budget with planned and spent per line, and records expenses (ADMIN)', async () => {
    const admin = await api().login('admin');
    const budget = (await api().gql(FUND, {}, { token: admin })).body.data?.fund.budget;
    expect(budget.total).toEqual({ amount: '136000.00', currency: 'USD' });
    const byCode = Object.fromEntries(
      budget.lines.map(
        (l: { code: string; planned: { amount: string }; spent: { amount: string } }) => [
          l.code,
          [l.planned.amount, l.spent.amount],
        ],
      ),
    );
    expect(byCode).toEqual({
      LOAN_CAPITAL: ['80000.00', '80000.00'],
      BUSINESS_TRAINING: ['20000.00', '10600.00'],
      COUNSELLING: ['16000.00', '5100.00'],
      MANAGEMENT: ['20000.00', '9000.00'],
    });
    const line = (code: string) => budget.lines.find((l: { code: string }) => l.code === code).id;
    const RECORD = `mutation E($input: RecordExpenseInput!) { recordExpense(input: $input) {
      expense { amount { amount currency } spentOn } userErrors { code field } } }`;
    const input = (extra: Record<string, unknown>) => ({
      budgetLineId: line('COUNSELLING'),
      amount: { amount: '400.00', currency: 'USD' },
      spentOn: '2026-01-15',
      description: 'Group session in Beylagan.',
      ...extra,
    });
    const byManager = await api().gql(
      RECORD,
      { input: input({}) },
      { token: await api().login('manager.iom') },
    );
    expect(byManager.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const capital = await api().gql(
      RECORD,
      { input: input({ budgetLineId: line('LOAN_CAPITAL') }) },
      { token: admin },
    );
    expect(capital.body.data?.recordExpense.userErrors).toEqual([
      { code: 'VALIDATION', field: ['input', 'budgetLineId'] },
    ]);
    const ok = await api().gql(RECORD, { input: input({}) }, { token: admin });
    expect(ok.body.data?.recordExpense).toEqual({
      expense: { amount: { amount: '400.00', currency: 'USD' }, spentOn: '2026-01-15' },
      userErrors: [],
    });
    const after = (await api().gql(FUND, {}, { token: admin })).body.data?.fund.budget;
    expect(after.lines.find((l: { code: string }) => l.code === 'COUNSELLING').spent.amount).toBe(
      '5500.00',
    );
    expect(after.spent.amount).toBe('105100.00');
  });
});
