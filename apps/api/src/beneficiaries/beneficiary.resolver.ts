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
import { mayRead, requireRole, requireUser, seesPersonalData } from '../auth/guards';
import { DistrictEntity } from '../districts/district.entity';
import { District } from '../districts/district.types';
import { forbidden } from '../graphql/errors';
import { BeneficiaryEntity } from './beneficiary.entity';
import {
  Beneficiary,
  BeneficiaryConnection,
  BeneficiaryFilter,
  BeneficiaryPayload,
  Consent,
  HouseholdMember,
  Injury,
  RegisterBeneficiaryInput,
  UpdateBeneficiaryConsentInput,
  UpdateBeneficiaryHouseholdInput,
  UpdateBeneficiaryProfileInput,
  WithdrawBeneficiaryConsentInput,
} from './beneficiary.types';
import { updateBeneficiaryConsent, withdrawBeneficiaryConsent } from './change-beneficiary-consent';
import { listBeneficiaries } from './list-beneficiaries';
import { type BeneficiaryResult, registerBeneficiary } from './register-beneficiary';
import { updateBeneficiaryHousehold } from './update-beneficiary-household';
import { updateBeneficiaryProfile } from './update-beneficiary-profile';
import { HouseholdMemberEntity } from './household-member.entity';

@ArgsType()
class BeneficiariesArgs {
  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => BeneficiaryFilter, { nullable: true })
  filter?: BeneficiaryFilter | null;
}

const WRITERS = ['ADMIN', 'CASE_MANAGER'] as const;

/** Personal data: null plus a FORBIDDEN error at that path for roles without access to it. */
function personal<T>(ctx: RequestContext, value: T): T {
  if (!ctx.user || !seesPersonalData(ctx.user))
    throw forbidden('Personal data is not available to your role.');
  return value;
}

@Resolver(() => Beneficiary)
export class BeneficiaryResolver {
  @Query(() => BeneficiaryConnection)
  async beneficiaries(
    @Args(() => BeneficiariesArgs) args: BeneficiariesArgs,
    @Ctx() ctx: RequestContext,
  ) {
    const user = requireUser(ctx);
    return listBeneficiaries(ctx.dataSource, user, args, args.filter);
  }

  @Query(() => Beneficiary, { nullable: true })
  async beneficiary(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const user = requireUser(ctx);
    const b = await ctx.loaders.beneficiary.load(id);
    if (!b) {
      if (user.role === 'BENEFICIARY') throw forbidden();
      return null;
    }
    if (!mayRead(user, b)) throw forbidden('This survivor is not in your scope.');
    return b;
  }

  @Mutation(() => BeneficiaryPayload)
  async registerBeneficiary(
    @Arg('input', () => RegisterBeneficiaryInput) input: RegisterBeneficiaryInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryResult> {
    return registerBeneficiary(ctx, requireRole(ctx, WRITERS), input);
  }

  @Mutation(() => BeneficiaryPayload)
  async updateBeneficiaryProfile(
    @Arg('input', () => UpdateBeneficiaryProfileInput) input: UpdateBeneficiaryProfileInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryResult> {
    return updateBeneficiaryProfile(ctx, requireRole(ctx, WRITERS), input);
  }

  @Mutation(() => BeneficiaryPayload)
  async updateBeneficiaryHousehold(
    @Arg('input', () => UpdateBeneficiaryHouseholdInput) input: UpdateBeneficiaryHouseholdInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryResult> {
    return updateBeneficiaryHousehold(ctx, requireRole(ctx, WRITERS), input);
  }

  @Mutation(() => BeneficiaryPayload)
  async updateBeneficiaryConsent(
    @Arg('input', () => UpdateBeneficiaryConsentInput) input: UpdateBeneficiaryConsentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryResult> {
    return updateBeneficiaryConsent(ctx, requireRole(ctx, WRITERS), input);
  }

  @Mutation(() => BeneficiaryPayload)
  async withdrawBeneficiaryConsent(
    @Arg('input', () => WithdrawBeneficiaryConsentInput) input: WithdrawBeneficiaryConsentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryResult> {
    return withdrawBeneficiaryConsent(ctx, requireRole(ctx, WRITERS), input);
  }

  @FieldResolver(() => District)
  async district(
    @Root() b: BeneficiaryEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<DistrictEntity> {
    const d = await ctx.loaders.district.load(b.districtId);
    if (!d) throw new Error(`district ${b.districtId} missing`);
    return d;
  }

  @FieldResolver(() => String, { nullable: true })
  fullName(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): string | null {
    return personal(ctx, b.fullName);
  }

  @FieldResolver(() => String, { nullable: true })
  phone(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): string | null {
    return personal(ctx, b.phone);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data.' })
  village(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): string | null {
    return personal(ctx, b.village);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data.' })
  nationalId(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): string | null {
    return personal(ctx, b.nationalId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Personal data.' })
  disabilityNotes(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): string | null {
    return personal(ctx, b.disabilityNotes);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Needs-assessment notes. Personal data.',
  })
  needsAssessment(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): string | null {
    return personal(ctx, b.needsAssessment);
  }

  @FieldResolver(() => [HouseholdMember], { nullable: true, description: 'Personal data.' })
  async household(
    @Root() b: BeneficiaryEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<HouseholdMemberEntity[]> {
    personal(ctx, null);
    return ctx.loaders.household.load(b.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the survivor can sign in to the portal.' })
  async portalAccess(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): Promise<boolean> {
    const logins = await ctx.loaders.portalUser.load(b.id);
    return logins.some((u) => u.active);
  }

  @FieldResolver(() => Injury, { nullable: true, description: 'Personal data.' })
  injury(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): Injury | null {
    return personal(
      ctx,
      b.injuryKind ? ({ kind: b.injuryKind, year: b.injuryYear } as Injury) : null,
    );
  }

  @FieldResolver(() => Consent)
  async consent(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): Promise<Consent> {
    const recorder = b.consentRecordedById
      ? await ctx.loaders.user.load(b.consentRecordedById)
      : null;
    return {
      givenOn: b.consentGivenOn,
      recordedBy: ctx.user && seesPersonalData(ctx.user) ? (recorder?.displayName ?? null) : null,
      dataUse: b.consentDataUse,
      donorFigures: b.consentDonorFigures,
      photos: b.consentPhotos,
      referrals: b.consentReferrals,
      withdrawnOn: b.consentWithdrawnOn,
      active: b.consentWithdrawnOn === null,
    };
  }
}
