import {
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole } from '../auth/guards';
import { UserEntity } from '../users/user.entity';
import { User } from '../users/user.types';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEvent, AuditEventConnection, AuditEventFilter } from './audit.types';
import { listAuditEvents } from './list-audit-events';

@ArgsType()
class AuditEventsArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => AuditEventFilter, { nullable: true })
  filter?: AuditEventFilter | null;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Query(() => AuditEventConnection, { description: 'ADMIN: the audit log, newest first.' })
  async auditEvents(
    @Args(() => AuditEventsArgs) args: AuditEventsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    requireRole(ctx, ['ADMIN']);
    return listAuditEvents(ctx.dataSource, args, args.filter);
  }

  @FieldResolver(() => User, { nullable: true })
  async actor(@Root() e: AuditEventEntity, @Ctx() ctx: RequestContext): Promise<UserEntity | null> {
    return e.actorId ? ctx.loaders.user.load(e.actorId) : null;
  }

  @FieldResolver(() => [String], {
    description: 'Names of the fields that changed (never their values).',
  })
  changedFields(@Root() e: AuditEventEntity): string[] {
    return JSON.parse(e.changedFields) as string[];
  }
}
