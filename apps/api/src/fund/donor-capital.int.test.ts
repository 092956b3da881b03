import { attributeToDonors, formatDecimal, ratioToDecimal } from '@revolve/domain';
import { In } from 'typeorm';
import { LoanEntity } from '../loans/loan.entity';
import { RepaymentEntity } from '../loans/repayment.entity';
import { describeEachDatabase } from '../test-support/test-server';
import { ContributionEntity } from './contribution.entity';

const QUERY = `{ fund { capital { amount } available { amount } outstanding { amount }
  disbursedTotal { amount } repaidTotal { amount } writtenOffTotal { amount } capitalPreservation
  donors { donor { code } capital { amount } share lent { amount } repaid { amount }
    outstanding { amount } writtenOff { amount } available { amount } revolutions capitalPreservation } } }`;

type Fig = { amount: string };
const cents = (m: Fig) => BigInt(m.amount.replace('.', ''));

describeEachDatabase('fund.donors', (api) => {
  it('equals the packages/domain reference (loan by loan) and adds up to the fund', async () => {
    const ds = api().dataSource;
    const analyst = await api().login('analyst.anama');
    const body = (await api().gql(QUERY, {}, { token: analyst })).body;
    expect(body.errors).toBeUndefined();
    const fund = body.data?.fund;

    const contributions = (await ds.getRepository(ContributionEntity).find()).map((c) => ({
      donorId: c.donorId,
      fundAmount: c.fundAmount,
      receivedOn: c.receivedOn,
    }));
    const repayments = await ds.getRepository(RepaymentEntity).find();
    const loans = (
      await ds.getRepository(LoanEntity).findBy({ status: In(['ACTIVE', 'REPAID', 'WRITTEN_OFF']) })
    ).map((l) => {
      const mine = repayments.filter((r) => r.loanId === l.id && !r.reversedAt);
      const sum = (list: RepaymentEntity[]) => list.reduce((s, r) => s + r.amount, 0n);
      const repaid = sum(mine.filter((r) => !r.recovery));
      return {
        disbursedOn: l.disbursedOn as string,
        repaid,
        outstanding: l.status === 'ACTIVE' ? l.principal - repaid : 0n,
        writtenOff: l.status === 'WRITTEN_OFF' ? l.principal - repaid : 0n,
        recovered: sum(mine.filter((r) => r.recovery)),
      };
    });
    const ref = attributeToDonors(contributions, loans);
    const codes = new Map(
      (
        await api().gql('{ organizations { id code } }', {}, { token: analyst })
      ).body.data?.organizations.map((o: { id: string; code: string }) => [o.id, o.code]),
    );
    const money = (amount: bigint) => ({ amount: formatDecimal({ amount, currency: 'AZN' }) });
    expect(fund.donors.map((d: { donor: { code: string } }) => d.donor.code)).toEqual(
      ref.map((r) => codes.get(r.donorId)),
    );
    fund.donors.forEach((d: Record<string, unknown>, i: number) => {
      const r = ref[i]!;
      expect(d).toMatchObject({
        capital: money(r.capital),
        lent: money(r.lent),
        repaid: money(r.repaid),
        outstanding: money(r.outstanding),
        writtenOff: money(r.writtenOff),
        available: money(r.available),
        capitalPreservation: ratioToDecimal(r.capitalPreservation),
      });
    });
    // Two donors at different dates: both lent, and their shares sum to the fund's figures.
    expect(fund.donors).toHaveLength(2);
    const total = (key: string) =>
      fund.donors.reduce((s: bigint, d: Record<string, Fig>) => s + cents(d[key]!), 0n);
    expect(total('capital')).toBe(cents(fund.capital));
    expect(total('lent')).toBe(cents(fund.disbursedTotal));
    expect(total('repaid')).toBe(cents(fund.repaidTotal));
    expect(total('outstanding')).toBe(cents(fund.outstanding));
    expect(total('writtenOff')).toBe(cents(fund.writtenOffTotal));
    expect(total('available')).toBe(cents(fund.available));
    for (const d of fund.donors) expect(cents(d.lent)).toBeGreaterThan(0n);
    const preserved = (cents(fund.available) + cents(fund.outstanding)) * 10000n;
    expect(fund.capitalPreservation).toBe(
      ratioToDecimal({ numerator: preserved, denominator: cents(fund.capital) * 10000n }),
    );
    expect(Number(fund.capitalPreservation)).toBeLessThan(1);
  });

  it('survivors cannot read it', async () => {
    const survivor = await api().login('+994500000001', '135790');
    const r = await api().gql(QUERY, {}, { token: survivor });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
