import { Arg, Args, ArgsType, Ctx, Field, ID, Int, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole } from '../auth/guards';
import { DateTimeScalar } from '../graphql/scalars';
import { type Connection } from '../graphql/connection';
import { listRecentRepayments, type RecentRepaymentRow } from './list-recent-repayments';
import { listRepaymentsDue } from './list-repayments-due';
import { type LoanEntity } from './loan.entity';
import { LoanConnection } from './loan.types';
import { RecentRepayment, RepaymentsDueFilter } from './repayments-due.types';

@ArgsType()
class RepaymentsDueArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => RepaymentsDueFilter, { nullable: true })
  filter?: RepaymentsDueFilter | null;
}

const COLLECTORS = ['ADMIN', 'CASE_MANAGER'] as const;

/** The case manager's collection sheet: what is due, and what was recorded lately. */
@Resolver()
export class RepaymentsDueResolver {
  @Query(() => LoanConnection, {
    description:
      'Active loans by their oldest unpaid due date, the longest overdue first. CASE_MANAGER: own districts; ADMIN: all.',
  })
  repaymentsDue(
    @Args(() => RepaymentsDueArgs) args: RepaymentsDueArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<LoanEntity>> {
    const user = requireRole(ctx, COLLECTORS);
    return listRepaymentsDue(ctx.dataSource, user, args, args.filter, ctx.now());
  }

  @Query(() => [RecentRepayment], {
    description:
      'Repayments recorded since an instant, newest first (at most 100), reversed ones included. CASE_MANAGER: own districts; ADMIN: all.',
  })
  recentRepayments(
    @Arg('recordedSince', () => DateTimeScalar) recordedSince: string,
    @Arg('districtIds', () => [ID], { nullable: true }) districtIds: string[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<RecentRepaymentRow[]> {
    const user = requireRole(ctx, COLLECTORS);
    return listRecentRepayments(ctx.dataSource, user, recordedSince, districtIds);
  }
}
