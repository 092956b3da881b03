import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole } from '../auth/guards';
import { type CaseManagerContact as Contact, myCaseManager } from './my-case-manager';

@ObjectType('CaseManagerContact', {
  description: 'How a survivor reaches their case manager: name and work phone, nothing more.',
})
export class CaseManagerContact {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true, description: 'E.164, e.g. +994501234567.' })
  phone: string | null;
}

@Resolver()
export class CaseManagerResolver {
  @Query(() => CaseManagerContact, {
    nullable: true,
    description:
      "BENEFICIARY: their own case manager's name and phone; null when none is assigned.",
  })
  async myCaseManager(@Ctx() ctx: RequestContext): Promise<Contact | null> {
    return myCaseManager(ctx, requireRole(ctx, ['BENEFICIARY']));
  }
}
