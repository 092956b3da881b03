import { ratio, ratioToDecimal, ratioToNumber } from '@revolve/domain';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver } from 'type-graphql';
import { requireRole } from '../auth/guards';
import { DecimalScalar } from '../graphql/scalars';
import { type RequestContext } from '../auth/context';
import { toMoney } from '../graphql/money';
import { DonorCapital } from './donor-capital.types';
import { FUND_CURRENCY } from './fund-cash';
import { ContributionEntity } from './contribution.entity';
import { Contribution, Fund } from './fund.types';
import { FundForecast } from './forecast.types';
import { readDonorCapital } from './read-donor-capital';
import { readForecast } from './read-forecast';

@Resolver(() => Fund)
export class FundDonorsResolver {
  /** Every tranche (a thousand on a national programme): read only when asked for. */
  @FieldResolver(() => [Contribution])
  contributions(@Ctx() ctx: RequestContext): Promise<ContributionEntity[]> {
    return ctx.dataSource
      .getRepository(ContributionEntity)
      .find({ order: { receivedOn: 'ASC', createdAt: 'ASC' } });
  }

  /** Read only when asked for; the fund query has already checked the role. */
  @FieldResolver(() => [DonorCapital], {
    description: "Each donor's money: lent, repaid, outstanding, lost, revolutions.",
  })
  async donors(@Ctx() ctx: RequestContext): Promise<DonorCapital[]> {
    const currency = FUND_CURRENCY;
    const donors = await readDonorCapital(ctx.dataSource, currency);
    const all = donors.reduce((s, d) => s + d.capital, 0n);
    const organizations = await Promise.all(
      donors.map((d) => ctx.loaders.organization.load(d.donorId)),
    );
    return donors.map((d, i) => {
      const organization = organizations[i];
      if (!organization) throw new Error(`donor ${d.donorId} missing`);
      const m = (amount: bigint) => toMoney(amount, currency);
      return {
        donor: organization as DonorCapital['donor'],
        capital: m(d.capital),
        share: ratioToDecimal(ratio(d.capital, all)),
        lent: m(d.lent),
        repaid: m(d.repaid),
        outstanding: m(d.outstanding),
        writtenOff: m(d.writtenOff),
        available: m(d.available),
        revolutions: ratioToNumber(d.revolutions),
        capitalPreservation: ratioToDecimal(d.capitalPreservation),
      };
    });
  }

  @Query(() => FundForecast, {
    description:
      'Staff and analysts: expected cash by month and the month the fund can finance the next `loans` loans of `loanSize` (fund currency). onTimeRate (0..1) defaults to the observed repayment rate.',
  })
  fundForecast(
    @Arg('loans', () => Int) loans: number,
    @Arg('loanSize', () => DecimalScalar) loanSize: string,
    @Arg('onTimeRate', () => DecimalScalar, { nullable: true }) onTimeRate: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<FundForecast> {
    requireRole(ctx, ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST']);
    return readForecast(ctx.dataSource, FUND_CURRENCY, { loans, loanSize, onTimeRate }, ctx.now());
  }
}
