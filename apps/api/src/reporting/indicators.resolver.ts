import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole } from '../auth/guards';
import { IndicatorFilter, Indicators } from './indicator.types';
import { readIndicators } from './read-indicators';

/** Staff and analysts; survivors never see programme figures through the API. */
const INDICATOR_READERS = ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST'] as const;

@Resolver(() => Indicators)
export class IndicatorsResolver {
  @Query(() => Indicators, {
    description:
      'ANALYST: cells resting on fewer than 5 survivors are null (suppressed), CASE_MANAGER: own districts only.',
  })
  indicators(
    @Arg('filter', () => IndicatorFilter, { nullable: true }) filter: IndicatorFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<Indicators> {
    const user = requireRole(ctx, INDICATOR_READERS);
    return readIndicators(ctx.dataSource, user, filter, ctx.now());
  }
}
