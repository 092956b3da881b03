import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../graphql/scalars';

/**
 * A case manager's day: follow-ups due or overdue, loans in arrears, waitlisted survivors, in
 * their districts (ADMIN: all, or the districts asked for). Each list is computed when asked.
 */
@ObjectType('WorkList')
export class WorkList {
  @Field(() => DateScalar, { description: 'The day it was computed for (Asia/Baku).' })
  today: string;

  /** Districts in scope; null means every district (ADMIN without a filter). */
  districtIds: string[] | null;
}
