import { allowedReferralTransitions } from '@revolve/domain';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { requireRole } from '../auth/guards';
import { type BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { Beneficiary } from '../beneficiaries/beneficiary.types';
import { CASE_WRITERS } from './case-note.resolver';
import { type ReferralResult } from './case-result';
import {
  CreateReferralInput,
  Referral,
  ReferralPayload,
  ReferralStatus,
  UpdateReferralStatusInput,
} from './case.types';
import { createReferral } from './create-referral';
import { type ReferralEntity } from './referral.entity';
import { updateReferralStatus } from './update-referral-status';

@Resolver(() => Referral)
export class ReferralResolver {
  @Mutation(() => ReferralPayload, {
    description:
      'ADMIN or a CASE_MANAGER of the survivor’s district. sharesPersonalData needs consent.referrals (else CONSENT_REQUIRED).',
  })
  createReferral(
    @Arg('input', () => CreateReferralInput) input: CreateReferralInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralResult> {
    return createReferral(ctx, requireRole(ctx, CASE_WRITERS), input);
  }

  @Mutation(() => ReferralPayload, {
    description: 'SENT -> ACCEPTED | REJECTED, ACCEPTED -> DONE; otherwise INVALID_STATE.',
  })
  updateReferralStatus(
    @Arg('input', () => UpdateReferralStatusInput) input: UpdateReferralStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ReferralResult> {
    return updateReferralStatus(ctx, requireRole(ctx, CASE_WRITERS), input);
  }

  @FieldResolver(() => Beneficiary)
  async beneficiary(
    @Root() r: ReferralEntity,
    @Ctx() ctx: RequestContext,
  ): Promise<BeneficiaryEntity> {
    return (await ctx.loaders.beneficiary.load(r.beneficiaryId)) as BeneficiaryEntity;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who made the referral.' })
  async createdBy(@Root() r: ReferralEntity, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await ctx.loaders.user.load(r.createdById))?.displayName ?? null;
  }

  @FieldResolver(() => [ReferralStatus], { description: 'Where the status may move next.' })
  nextStatuses(@Root() r: ReferralEntity): ReferralStatus[] {
    return [...allowedReferralTransitions(r.status)] as ReferralStatus[];
  }
}
