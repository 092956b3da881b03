import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole } from '../auth/guards';
import { type Connection, MAX_PAGE_SIZE } from '../graphql/connection';
import { listLoans } from '../loans/list-loans';
import { type LoanEntity } from '../loans/loan.entity';
import { LoanConnection } from '../loans/loan.types';
import { type EnrollmentEntity } from '../training/enrollment.entity';
import { Enrollment } from '../training/training.types';
import { CASE_WRITERS } from './case-note.resolver';
import { FollowUp } from './case.types';
import { dueFollowUps, waitlistedEnrollments, workListScope } from './read-work-list';
import { WorkList } from './work-list.types';

@Resolver(() => WorkList)
export class WorkListResolver {
  @Query(() => WorkList, {
    description:
      'CASE_MANAGER: their districts (narrowed by districtIds); ADMIN: every district, or those asked for.',
  })
  workList(
    @Arg('districtIds', () => [ID], { nullable: true }) districtIds: string[] | null,
    @Ctx() ctx: RequestContext,
  ): WorkList {
    return workListScope(requireRole(ctx, CASE_WRITERS), districtIds, ctx.now());
  }

  @FieldResolver(() => [FollowUp], {
    description: 'Open follow-ups due today or earlier; the most overdue first.',
  })
  async followUps(@Root() list: WorkList, @Ctx() ctx: RequestContext) {
    const due = await dueFollowUps(ctx.dataSource, list);
    return Promise.all(
      due.map(async (d) => ({
        caseNote: d.note,
        beneficiary: await ctx.loaders.beneficiary.load(d.note.beneficiaryId),
        dueOn: d.dueOn,
        overdue: d.overdue,
        daysOverdue: d.daysOverdue,
      })),
    );
  }

  @FieldResolver(() => LoanConnection, {
    description: `Active loans at least one day past due (the arrears list), first ${MAX_PAGE_SIZE} by reference.`,
  })
  loansInArrears(
    @Root() list: WorkList,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<LoanEntity>> {
    const user = requireRole(ctx, CASE_WRITERS);
    const filter = { minDaysPastDue: 1, districtIds: list.districtIds ?? undefined };
    return listLoans(ctx.dataSource, user, { first: MAX_PAGE_SIZE }, filter, ctx.now());
  }

  @FieldResolver(() => [Enrollment], {
    description: 'Waitlisted enrollments of survivors in scope, by session start then queue.',
  })
  waitlisted(@Root() list: WorkList, @Ctx() ctx: RequestContext): Promise<EnrollmentEntity[]> {
    return waitlistedEnrollments(ctx.dataSource, list);
  }
}
