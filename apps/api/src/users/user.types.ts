import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo, UserError } from '../graphql/common.types';

export enum RoleEnum {
  ADMIN = 'ADMIN',
  CASE_MANAGER = 'CASE_MANAGER',
  APPROVER = 'APPROVER',
  ANALYST = 'ANALYST',
  BENEFICIARY = 'BENEFICIARY',
}
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType('User')
export class User {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => RoleEnum)
  role: RoleEnum;

  @Field(() => Boolean, { description: 'Deactivated users cannot sign in.' })
  active: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Staff work phone (E.164); case managers' is shown to their survivors.",
  })
  phone?: string | null;
}

@ObjectType('UserEdge')
export class UserEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => User)
  node: User;
}

@ObjectType('UserConnection')
export class UserConnection {
  @Field(() => [UserEdge])
  edges: UserEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int)
  totalCount: number;
}

@InputType('UserFilter')
export class UserFilter {
  @Field(() => [RoleEnum], { nullable: true })
  roles?: RoleEnum[] | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('LoginInput')
export class LoginInput {
  @Field(() => String, { description: 'Staff: login name. Survivors: phone number.' })
  @MaxLength(100)
  username: string;

  @Field(() => String, { description: 'Staff: password. Survivors: 6-digit PIN.' })
  @MaxLength(200)
  password: string;
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Also usable as `Authorization: Bearer <token>` by scripts and analysts; browsers get an HttpOnly cookie.',
  })
  token: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

const STAFF_USERNAME = /^[a-z][a-z0-9._-]{2,49}$/;

@InputType('CreateUserInput', {
  description: 'Staff accounts. Survivors get portal access through setBeneficiaryPin.',
})
export class CreateUserInput {
  @Field(() => String, {
    description: 'Lower-case letters, digits, dot, dash, underscore; 3-50 characters.',
  })
  @Matches(STAFF_USERNAME, {
    message: 'username must be 3-50 lower-case letters, digits, dots, dashes or underscores',
  })
  username: string;

  @Field(() => String)
  @Length(2, 200)
  displayName: string;

  @Field(() => RoleEnum)
  role: RoleEnum;

  @Field(() => String, { description: 'At least 10 characters.' })
  @Length(10, 200)
  password: string;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => [ID], { nullable: true, description: 'CASE_MANAGER: the districts they work in.' })
  @IsOptional()
  @ArrayMaxSize(50)
  districtIds?: string[] | null;
}

@InputType('UpdateUserInput', { description: 'Fields left out stay as they are.' })
export class UpdateUserInput {
  @Field(() => ID)
  userId: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 200)
  displayName?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: RoleEnum | null;

  @Field(() => ID, { nullable: true, description: 'null removes it; left out keeps it.' })
  organizationId?: string | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  districtIds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Work phone survivors may call (case managers); empty removes it.',
  })
  @IsOptional()
  @MaxLength(30)
  phone?: string | null;
}

@InputType('DeactivateUserInput')
export class DeactivateUserInput {
  @Field(() => ID)
  userId: string;
}

@InputType('ResetUserPasswordInput')
export class ResetUserPasswordInput {
  @Field(() => ID)
  userId: string;

  @Field(() => String, { description: 'At least 10 characters.' })
  @Length(10, 200)
  newPassword: string;
}

@InputType('SetBeneficiaryPinInput', {
  description:
    'Gives a survivor portal access (or resets it): they sign in with their phone number and this PIN.',
})
export class SetBeneficiaryPinInput {
  @Field(() => ID)
  beneficiaryId: string;

  @Field(() => String, { description: 'Six digits.' })
  @Matches(/^\d{6}$/, { message: 'pin must be exactly 6 digits' })
  pin: string;
}

@ObjectType('UserPayload')
export class UserPayload {
  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}
