import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { type RequestContext } from '../auth/context';
import { type BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { Beneficiary } from '../beneficiaries/beneficiary.types';
import { assertMayReadCases } from './case-access';
import { caseLoaders } from './case-loaders';
import { type CaseNoteEntity } from './case-note.entity';
import { CaseNote, Referral } from './case.types';
import { type ReferralEntity } from './referral.entity';

/**
 * Beneficiary.caseNotes and .referrals live with the cases, so the registry does not depend on
 * them. For roles without access: null plus FORBIDDEN at the field, like other personal data.
 */
@Resolver(() => Beneficiary)
export class BeneficiaryCasesResolver {
  @FieldResolver(() => [CaseNote], {
    nullable: true,
    description:
      'Newest first. ADMIN, or a CASE_MANAGER of the survivor’s district; never APPROVER, ANALYST or BENEFICIARY.',
  })
  caseNotes(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): Promise<CaseNoteEntity[]> {
    assertMayReadCases(ctx.user, b.districtId);
    return caseLoaders(ctx).notesOfBeneficiary.load(b.id);
  }

  @FieldResolver(() => [Referral], {
    nullable: true,
    description: 'Newest first. Same access as caseNotes.',
  })
  referrals(@Root() b: BeneficiaryEntity, @Ctx() ctx: RequestContext): Promise<ReferralEntity[]> {
    assertMayReadCases(ctx.user, b.districtId);
    return caseLoaders(ctx).referralsOfBeneficiary.load(b.id);
  }
}
