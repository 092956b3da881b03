import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type RequestContext } from './context';
import { requireRole } from './guards';
import { type IssuedCode, issuePortalAccessCode } from './issue-portal-access-code';
import {
  IssuePortalAccessCodeInput,
  IssuePortalAccessCodePayload,
  RedeemPortalAccessCodeInput,
  RedeemPortalAccessCodePayload,
} from './portal-access-code.types';
import { type RedeemResult, redeemPortalAccessCode } from './redeem-portal-access-code';

@Resolver()
export class PortalAccessResolver {
  @Mutation(() => IssuePortalAccessCodePayload, {
    description:
      "ADMIN, or a CASE_MANAGER in their districts: a one-time code (8 digits, 7 days) for a survivor's first portal sign-in. Voids any earlier unused code.",
  })
  async issuePortalAccessCode(
    @Arg('input', () => IssuePortalAccessCodeInput) input: IssuePortalAccessCodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<IssuedCode> {
    return issuePortalAccessCode(
      ctx,
      requireRole(ctx, ['ADMIN', 'CASE_MANAGER']),
      input.beneficiaryId,
    );
  }

  @Mutation(() => RedeemPortalAccessCodePayload, {
    description:
      'Anyone: a survivor signs in for the first time with phone and code, and sets their PIN. Wrong codes count towards the sign-in lockout.',
  })
  async redeemPortalAccessCode(
    @Arg('input', () => RedeemPortalAccessCodeInput) input: RedeemPortalAccessCodeInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RedeemResult> {
    return redeemPortalAccessCode(ctx, input);
  }
}
