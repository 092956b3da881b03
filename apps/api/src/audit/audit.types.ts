import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../graphql/common.types';
import { DateTimeScalar } from '../graphql/scalars';

@ObjectType('AuditEvent', {
  description: 'One append-only entry: who did what to which record, and when.',
})
export class AuditEvent {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: string;

  @Field(() => String, {
    nullable: true,
    description: 'Username at the time; null for the system (seed).',
  })
  actorUsername: string | null;

  @Field(() => String, { description: 'e.g. REGISTER_BENEFICIARY, LOGIN, UPDATE_USER.' })
  action: string;

  @Field(() => String)
  recordType: string;

  @Field(() => ID, { nullable: true })
  recordId: string | null;

  @Field(() => String)
  requestId: string;
}

@ObjectType('AuditEventEdge')
export class AuditEventEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => AuditEvent)
  node: AuditEvent;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection {
  @Field(() => [AuditEventEdge])
  edges: AuditEventEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType('AuditEventFilter')
export class AuditEventFilter {
  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true })
  recordType?: string | null;

  @Field(() => ID, { nullable: true })
  recordId?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'At or after.' })
  from?: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Before.' })
  to?: string | null;
}
