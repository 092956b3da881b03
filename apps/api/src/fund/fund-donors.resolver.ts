import { ratio, ratioToDecimal, ratioToNumber } from '@revolve/domain';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { toMoney } from '../graphql/money';
import { DonorCapital } from './donor-capital.types';
import { FUND_CURRENCY } from './fund-cash';
import { Fund } from './fund.types';
import { readDonorCapital } from './read-donor-capital';

@Resolver(() => Fund)
export class FundDonorsResolver {
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
}
