import { forecastFund, formatDecimal, todayIn } from '@revolve/domain';
import { In } from 'typeorm';
import { InstalmentEntity } from '../loans/instalment.entity';
import { LoanEntity } from '../loans/loan.entity';
import { describeEachDatabase } from '../test-support/test-server';

const QUERY = `query F($loans: Int!, $size: Decimal!, $rate: Decimal) {
  fundForecast(loans: $loans, loanSize: $size, onTimeRate: $rate) {
    asOf onTimeRate available { amount } needed { amount } fundableMonth
    months { month expectedRepayments { amount } expectedCash { amount } } } }`;

describeEachDatabase('fundForecast', (api) => {
  let analyst: string;
  beforeAll(async () => {
    analyst = await api().login('analyst.undp');
  });
  const ask = async (vars: Record<string, unknown>) =>
    (await api().gql(QUERY, vars, { token: analyst })).body;

  it('equals the domain forecast fed with the active schedules, loan by loan', async () => {
    const ds = api().dataSource;
    const asOf = todayIn('Asia/Baku', new Date());
    const loans = await ds.getRepository(LoanEntity).findBy({ status: 'ACTIVE' });
    const instalments = await ds
      .getRepository(InstalmentEntity)
      .findBy({ loanId: In(loans.map((l) => l.id)) });
    const dues = instalments
      .filter((i) =>
        loans.some((l) => l.id === i.loanId && l.scheduleVersion === i.scheduleVersion),
      )
      .filter((i) => i.dueDate > asOf)
      .map((i) => ({ month: i.dueDate.slice(0, 7), amount: i.principalDue - i.principalPaid }));
    const body = await ask({ loans: 4, size: '2500.00', rate: '0.85' });
    expect(body.errors).toBeUndefined();
    const got = body.data?.fundForecast;
    const available = BigInt(got.available.amount.replace('.', ''));
    const ref = forecastFund({
      available,
      dues,
      onTimeRate: { numerator: 85n, denominator: 100n },
      asOf,
      loans: 4,
      loanSize: 250000n,
    });
    const money = (amount: bigint) => ({ amount: formatDecimal({ amount, currency: 'AZN' }) });
    expect(got).toEqual({
      asOf,
      onTimeRate: '0.8500',
      available: money(available),
      needed: money(1000000n),
      fundableMonth: ref.fundableMonth,
      months: ref.months.map((m) => ({
        month: m.month,
        expectedRepayments: money(m.expectedRepayments),
        expectedCash: money(m.expectedCash),
      })),
    });
    // The demo's schedules run for months ahead and bring money back.
    expect(got.months.length).toBeGreaterThan(3);
    expect(ref.months.some((m) => m.expectedRepayments > 0n)).toBe(true);
  });

  it('assumes the observed repayment rate unless told; a huge ask is never fundable', async () => {
    const rate = (await api().gql('{ indicators { repaymentRate } }', {}, { token: analyst })).body
      .data?.indicators.repaymentRate as number;
    const got = (await ask({ loans: 1, size: '1.00' })).data?.fundForecast;
    expect(Number(got.onTimeRate)).toBeCloseTo(rate, 4);
    expect(got.fundableMonth).toBe(got.months[0].month);
    expect(
      (await ask({ loans: 10000, size: '99999.00' })).data?.fundForecast.fundableMonth,
    ).toBeNull();
  });

  it('names bad arguments and refuses survivors', async () => {
    const field = async (vars: Record<string, unknown>) =>
      (await ask(vars)).errors?.[0]?.extensions?.field;
    expect(await field({ loans: 0, size: '10.00' })).toBe('loans');
    expect(await field({ loans: 1, size: '0' })).toBe('loanSize');
    expect(await field({ loans: 1, size: '10.001' })).toBe('loanSize');
    expect(await field({ loans: 1, size: '10', rate: '1.5' })).toBe('onTimeRate');
    const survivor = await api().login('+994500000001', '135790');
    const r = await api().gql(QUERY, { loans: 1, size: '1' }, { token: survivor });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
