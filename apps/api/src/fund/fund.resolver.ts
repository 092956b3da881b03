import { ratio, ratioToDecimal } from '@revolve/domain';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole } from '../auth/guards';
import { type Currency, Money } from '../graphql/common.types';
import { toMoney } from '../graphql/money';
import { type OrganizationEntity } from '../organizations/organization.entity';
import { Organization } from '../organizations/organization.types';
import { ContributionEntity } from './contribution.entity';
import { FUND_CURRENCY } from './fund-cash';
import {
  Contribution,
  ContributionPayload,
  Fund,
  LedgerVerification,
  RecordContributionInput,
} from './fund.types';
import { verifyLedger } from './read-fund';
import { readFundFromTotals } from './read-fund-from-totals';
import { type ContributionResult, recordContribution } from './record-contribution';

/** Staff see the fund; survivors do not. */
const FUND_READERS = ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST'] as const;

@Resolver(() => Contribution)
export class FundResolver {
  @Query(() => Fund)
  async fund(@Ctx() ctx: RequestContext) {
    requireRole(ctx, FUND_READERS);
    const f = await readFundFromTotals(ctx.dataSource, FUND_CURRENCY);
    const m = (x: { amount: bigint }) => toMoney(x.amount, f.currency);
    return {
      currency: f.currency as Currency,
      capital: m(f.capital),
      available: m(f.available),
      outstanding: m(f.outstanding),
      disbursedTotal: m(f.disbursedTotal),
      repaidTotal: m(f.repaidTotal),
      writtenOffTotal: m(f.writtenOffTotal),
      revolutions: f.revolutions,
      capitalPreservation: ratioToDecimal(
        ratio(f.available.amount + f.outstanding.amount, f.capital.amount),
      ),
      ledgerBalanced: f.ledgerBalanced,
    };
  }

  @Query(() => LedgerVerification, {
    description: 'ADMIN. Re-checks every journal line (slow on a large ledger: seconds).',
  })
  verifyLedger(@Ctx() ctx: RequestContext) {
    requireRole(ctx, ['ADMIN']);
    return verifyLedger(ctx.dataSource, FUND_CURRENCY, ctx.now());
  }

  @Mutation(() => ContributionPayload, { description: 'ADMIN.' })
  recordContribution(
    @Arg('input', () => RecordContributionInput) input: RecordContributionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ContributionResult> {
    return recordContribution(ctx, requireRole(ctx, ['ADMIN']), input);
  }

  @FieldResolver(() => Organization)
  async donor(
    @Root() c: ContributionEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationEntity> {
    const o = await ctx.loaders.organization.load(c.donorId);
    if (!o) throw new Error(`donor ${c.donorId} missing`);
    return o;
  }

  @FieldResolver(() => Money)
  amount(@Root() c: ContributionEntity): Money {
    return toMoney(c.amount, c.currency);
  }

  @FieldResolver(() => Money)
  fundAmount(@Root() c: ContributionEntity): Money {
    return toMoney(c.fundAmount, FUND_CURRENCY);
  }
}
