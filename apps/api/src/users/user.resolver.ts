import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { mayRead, requireRole } from '../auth/guards';
import { Beneficiary } from '../beneficiaries/beneficiary.types';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { DistrictEntity } from '../districts/district.entity';
import { District } from '../districts/district.types';
import { forbidden } from '../graphql/errors';
import { OrganizationEntity } from '../organizations/organization.entity';
import { Organization } from '../organizations/organization.types';
import { createUser, type UserResult } from './create-user';
import { deactivateUser } from './deactivate-user';
import { listUsers } from './list-users';
import { resetUserPassword } from './reset-user-password';
import { setBeneficiaryPin } from './set-beneficiary-pin';
import { updateUser } from './update-user';
import { UserEntity } from './user.entity';
import {
  CreateUserInput,
  DeactivateUserInput,
  ResetUserPasswordInput,
  SetBeneficiaryPinInput,
  UpdateUserInput,
  User,
  UserConnection,
  UserFilter,
  UserPayload,
} from './user.types';

@ArgsType()
class UsersArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => UserFilter, { nullable: true })
  filter?: UserFilter | null;
}

@Resolver(() => User)
export class UserResolver {
  @Query(() => UserConnection, { description: 'ADMIN.' })
  async users(@Args(() => UsersArgs) args: UsersArgs, @Ctx() ctx: RequestContext) {
    requireRole(ctx, ['ADMIN']);
    return listUsers(ctx.dataSource, args, args.filter);
  }

  @Query(() => User, { nullable: true, description: 'ADMIN.' })
  async user(
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<UserEntity | null> {
    requireRole(ctx, ['ADMIN']);
    return ctx.loaders.user.load(id);
  }

  @Mutation(() => UserPayload, { description: 'ADMIN: a new staff account.' })
  async createUser(
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserResult> {
    return createUser(ctx, requireRole(ctx, ['ADMIN']), input);
  }

  @Mutation(() => UserPayload, { description: 'ADMIN: name, role, organisation, districts.' })
  async updateUser(
    @Arg('input', () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserResult> {
    return updateUser(ctx, requireRole(ctx, ['ADMIN']), input);
  }

  @Mutation(() => UserPayload, {
    description: 'ADMIN: the user can no longer sign in; their sessions end.',
  })
  async deactivateUser(
    @Arg('input', () => DeactivateUserInput) input: DeactivateUserInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserResult> {
    return deactivateUser(ctx, requireRole(ctx, ['ADMIN']), input.userId);
  }

  @Mutation(() => UserPayload, {
    description: "ADMIN: sets a staff member's password; their sessions end.",
  })
  async resetUserPassword(
    @Arg('input', () => ResetUserPasswordInput) input: ResetUserPasswordInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserResult> {
    return resetUserPassword(ctx, requireRole(ctx, ['ADMIN']), input.userId, input.newPassword);
  }

  @Mutation(() => UserPayload, {
    description: 'ADMIN, or a CASE_MANAGER in their districts: portal access for a survivor.',
  })
  async setBeneficiaryPin(
    @Arg('input', () => SetBeneficiaryPinInput) input: SetBeneficiaryPinInput,
    @Ctx() ctx: RequestContext,
  ): Promise<UserResult> {
    return setBeneficiaryPin(
      ctx,
      requireRole(ctx, ['ADMIN', 'CASE_MANAGER']),
      input.beneficiaryId,
      input.pin,
    );
  }

  @FieldResolver(() => Organization, { nullable: true })
  async organization(
    @Root() u: UserEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<OrganizationEntity | null> {
    return u.organizationId ? ctx.loaders.organization.load(u.organizationId) : null;
  }

  @FieldResolver(() => Beneficiary, {
    nullable: true,
    description: 'Set for BENEFICIARY accounts: the survivor this login belongs to.',
  })
  async beneficiary(
    @Root() u: UserEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryEntity | null> {
    if (!u.beneficiaryId) return null;
    const b = await ctx.loaders.beneficiary.load(u.beneficiaryId);
    if (b && (!ctx.user || !mayRead(ctx.user, b))) throw forbidden();
    return b;
  }

  @FieldResolver(() => [District], {
    description: 'Districts a CASE_MANAGER works in; empty means all (ADMIN).',
  })
  async districts(@Root() u: UserEntity, @Ctx() ctx: RequestContext): Promise<DistrictEntity[]> {
    const links = await ctx.loaders.userDistricts.load(u.id);
    const districts = await ctx.loaders.district.loadMany(links.map((l) => l.districtId));
    return districts
      .filter((d): d is DistrictEntity => d !== null && !(d instanceof Error))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
}
