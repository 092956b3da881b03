import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { mayManageDistrict } from '../auth/guards';
import { recordAuditEvent } from '../audit/record-audit-event';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { DistrictEntity } from '../districts/district.entity';
import { type UserError, userError } from '../graphql/common.types';
import { forbidden } from '../graphql/errors';
import { todayIn } from '@revolve/domain';
import { BeneficiaryEntity } from './beneficiary.entity';
import { type RegisterBeneficiaryInput } from './beneficiary.types';
import { HouseholdMemberEntity } from './household-member.entity';
import { beneficiarySearchText } from './search-text';
import { validateBeneficiaryFields } from './validate-beneficiary-fields';

export interface BeneficiaryResult {
  beneficiary: BeneficiaryEntity | null;
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): BeneficiaryResult => ({ beneficiary: null, userErrors });

export async function registerBeneficiary(
  ctx: RequestContext,
  actor: CurrentUser,
  input: RegisterBeneficiaryInput,
): Promise<BeneficiaryResult> {
  if (!mayManageDistrict(actor, input.districtId))
    throw forbidden('You may register survivors only in your own districts.');
  if (input.consentGiven !== true) {
    return refused([
      userError(
        'CONSENT_REQUIRED',
        'A survivor can be registered only after agreeing to the programme keeping their data.',
        ['input', 'consentGiven'],
      ),
    ]);
  }
  const now = ctx.now();
  const checked = validateBeneficiaryFields(input, now);
  const errors = [...checked.errors];
  if (input.household && input.household.length !== input.householdSize) {
    errors.push(
      userError(
        'HOUSEHOLD_SIZE_MISMATCH',
        'householdSize must equal the number of household members listed.',
        ['input', 'householdSize'],
      ),
    );
  }
  if (errors.length) return refused(errors);

  return inTransaction(ctx.dataSource, async (em) => {
    // Atomic bump: concurrent registrations in one district get distinct numbers.
    const bumped = await em
      .createQueryBuilder()
      .update(DistrictEntity)
      .set({ beneficiarySeq: () => '"beneficiarySeq" + 1' })
      .where('id = :id', { id: input.districtId })
      .execute();
    if (!bumped.affected) {
      return refused([userError('NOT_FOUND', 'No such district.', ['input', 'districtId'])]);
    }
    const district = await em.findOneByOrFail(DistrictEntity, { id: input.districtId });
    const code = `${district.code}-${String(district.beneficiarySeq).padStart(3, '0')}`;
    const stamp = now.toISOString();
    const beneficiary: BeneficiaryEntity = {
      id: newId(),
      code,
      districtId: district.id,
      fullName: checked.fullName ?? input.fullName,
      sex: input.sex,
      birthYear: input.birthYear,
      village: input.village?.trim() || null,
      phone: checked.phone ?? null,
      nationalId: input.nationalId?.trim() || null,
      injuryKind: input.injury?.kind ?? null,
      injuryYear: input.injury?.year ?? null,
      disabilityNotes: input.disabilityNotes ?? null,
      needsAssessment: input.needsAssessment ?? null,
      householdSize: input.householdSize,
      searchText: '',
      consentGivenOn: input.consentGivenOn ?? todayIn('Asia/Baku', now),
      consentRecordedById: actor.id,
      // Whoever registers the survivor in the field looks after them; ADMIN assigns later.
      caseManagerId: actor.role === 'CASE_MANAGER' ? actor.id : null,
      consentDataUse: true,
      consentDonorFigures: input.consentDonorFigures ?? false,
      consentPhotos: input.consentPhotos ?? false,
      consentReferrals: input.consentReferrals ?? false,
      consentWithdrawnOn: null,
      consentWithdrawnById: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    beneficiary.searchText = beneficiarySearchText(beneficiary);
    await em.insert(BeneficiaryEntity, beneficiary);
    const members = (input.household ?? []).map((m, position) => ({
      id: newId(),
      beneficiaryId: beneficiary.id,
      position,
      relation: m.relation,
      sex: m.sex,
      birthYear: m.birthYear,
      occupation: m.occupation,
    }));
    if (members.length) await em.insert(HouseholdMemberEntity, members);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'REGISTER_BENEFICIARY',
        recordType: 'Beneficiary',
        recordId: beneficiary.id,
        changedFields: Object.keys(input).filter(
          (k) => (input as unknown as Record<string, unknown>)[k] != null,
        ),
      },
      now,
    );
    return { beneficiary, userErrors: [] };
  });
}
