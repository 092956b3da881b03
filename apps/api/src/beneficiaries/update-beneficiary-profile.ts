import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { mayManageDistrict } from '../auth/guards';
import { changedFieldNames, recordAuditEvent } from '../audit/record-audit-event';
import { inTransaction } from '../db/transaction';
import { DistrictEntity } from '../districts/district.entity';
import { userError } from '../graphql/common.types';
import { forbidden } from '../graphql/errors';
import { UserEntity } from '../users/user.entity';
import { BeneficiaryEntity } from './beneficiary.entity';
import { type UpdateBeneficiaryProfileInput } from './beneficiary.types';
import { loadForChange } from './load-for-change';
import { type BeneficiaryResult } from './register-beneficiary';
import { beneficiarySearchText } from './search-text';
import { validateBeneficiaryFields } from './validate-beneficiary-fields';

const REQUIRED = ['fullName', 'sex', 'birthYear', 'districtId'] as const;

export async function updateBeneficiaryProfile(
  ctx: RequestContext,
  actor: CurrentUser,
  input: UpdateBeneficiaryProfileInput,
): Promise<BeneficiaryResult> {
  const now = ctx.now();
  return inTransaction(ctx.dataSource, async (em) => {
    const found = await loadForChange(em, actor, input.beneficiaryId);
    if (!(found instanceof BeneficiaryEntity)) return found;
    const b = found;
    const missing = REQUIRED.filter((k) => input[k] === null);
    if (missing.length) {
      return {
        beneficiary: null,
        userErrors: missing.map((k) =>
          userError('VALIDATION', `${k} cannot be cleared.`, ['input', k]),
        ),
      };
    }
    const checked = validateBeneficiaryFields(input, now);
    if (checked.errors.length) return { beneficiary: null, userErrors: checked.errors };
    if (input.districtId != null && input.districtId !== b.districtId) {
      if (!mayManageDistrict(actor, input.districtId))
        throw forbidden('You may move survivors only into your own districts.');
      if (!(await em.existsBy(DistrictEntity, { id: input.districtId }))) {
        return {
          beneficiary: null,
          userErrors: [userError('NOT_FOUND', 'No such district.', ['input', 'districtId'])],
        };
      }
    }
    const next: Partial<BeneficiaryEntity> = {
      fullName: checked.fullName,
      sex: input.sex ?? undefined,
      birthYear: input.birthYear ?? undefined,
      districtId: input.districtId ?? undefined,
      phone: checked.phone,
      village: input.village === undefined ? undefined : input.village?.trim() || null,
      nationalId: input.nationalId === undefined ? undefined : input.nationalId?.trim() || null,
      injuryKind: input.injury === undefined ? undefined : (input.injury?.kind ?? null),
      injuryYear: input.injury === undefined ? undefined : (input.injury?.year ?? null),
      disabilityNotes: input.disabilityNotes,
      needsAssessment: input.needsAssessment,
    };
    const changed = changedFieldNames(b, next);
    if (changed.length === 0) return { beneficiary: b, userErrors: [] };
    for (const k of changed)
      (b as unknown as Record<string, unknown>)[k] = next[k as keyof BeneficiaryEntity];
    b.searchText = beneficiarySearchText(b);
    b.updatedAt = now.toISOString();
    if (changed.includes('phone')) {
      // The survivor signs in with this phone number.
      const login = await em.findOneBy(UserEntity, { beneficiaryId: b.id });
      if (login) {
        if (!b.phone) {
          return {
            beneficiary: null,
            userErrors: [
              userError(
                'PHONE_REQUIRED',
                'This survivor signs in with a phone number; it cannot be cleared.',
                ['input', 'phone'],
              ),
            ],
          };
        }
        const taken = await em.findOneBy(UserEntity, { username: b.phone });
        if (taken && taken.id !== login.id) {
          return {
            beneficiary: null,
            userErrors: [
              userError('PHONE_IN_USE', 'Another account signs in with this phone number.', [
                'input',
                'phone',
              ]),
            ],
          };
        }
        await em.update(
          UserEntity,
          { id: login.id },
          { username: b.phone, updatedAt: b.updatedAt },
        );
      }
    }
    await em.save(BeneficiaryEntity, b);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'UPDATE_BENEFICIARY_PROFILE',
        recordType: 'Beneficiary',
        recordId: b.id,
        changedFields: changed,
      },
      now,
    );
    return { beneficiary: b, userErrors: [] };
  });
}
