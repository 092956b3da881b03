import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole } from '../auth/guards';
import { cachedRead } from '../graphql/read-cache';
import { CourseTopicIndicators, IndicatorFilter, Indicators } from './indicator.types';
import { MonthlyIndicators } from './monthly.types';
import { readCourseTopics, readIndicators } from './read-indicators';
import { readMonthlyIndicators } from './read-monthly-indicators';

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
    // Reused while no mutation has committed (see cachedRead); the computation is unchanged.
    return cachedRead(ctx, 'indicators', filter, () =>
      readIndicators(ctx.dataSource, user, filter, ctx.now()),
    );
  }

  @Query(() => [MonthlyIndicators], {
    description:
      "The programme month by month (for charts), over the filter's date range (default: from the first disbursement or course session to this month). Same roles and suppression as indicators.",
  })
  monthlyIndicators(
    @Arg('filter', () => IndicatorFilter, { nullable: true }) filter: IndicatorFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<MonthlyIndicators[]> {
    const user = requireRole(ctx, INDICATOR_READERS);
    return readMonthlyIndicators(ctx.dataSource, user, filter, ctx.now());
  }

  @FieldResolver(() => [CourseTopicIndicators], {
    description: 'Accounting, marketing and management: seats, completions, completion rate.',
  })
  byCourseTopic(
    @Root() indicators: Indicators,
    @Ctx() ctx: RequestContext,
  ): Promise<CourseTopicIndicators[]> {
    return readCourseTopics(ctx.dataSource, indicators.topicScope);
  }
}
