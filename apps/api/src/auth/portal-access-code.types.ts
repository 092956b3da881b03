import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/common.types';
import { DateTimeScalar } from '../graphql/scalars';
import { User } from '../users/user.types';

@InputType('IssuePortalAccessCodeInput')
export class IssuePortalAccessCodeInput {
  @Field(() => ID)
  beneficiaryId: string;
}

@ObjectType('IssuePortalAccessCodePayload')
export class IssuePortalAccessCodePayload {
  @Field(() => String, {
    nullable: true,
    description: 'Shown this once: only a hash is kept. Give it to the survivor in person.',
  })
  code: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  expiresAt: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType('RedeemPortalAccessCodeInput', {
  description: "A survivor's first sign-in: phone, the case manager's code, and a new PIN.",
})
export class RedeemPortalAccessCodeInput {
  @Field(() => String)
  @MaxLength(100)
  phone: string;

  @Field(() => String)
  @MaxLength(100)
  code: string;

  @Field(() => String, { description: 'The PIN the survivor chooses: six digits.' })
  @MaxLength(100)
  pin: string;
}

@ObjectType('RedeemPortalAccessCodePayload')
export class RedeemPortalAccessCodePayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => String, { nullable: true, description: 'As in LoginPayload.token.' })
  token: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
