import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { changedFieldNames, recordAuditEvent } from '../audit/record-audit-event';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { todayIn } from '@revolve/domain';
import { BeneficiaryEntity } from './beneficiary.entity';
import {
  type UpdateBeneficiaryConsentInput,
  type WithdrawBeneficiaryConsentInput,
} from './beneficiary.types';
import { loadForChange } from './load-for-change';
import { type BeneficiaryResult } from './register-beneficiary';

/** Changes the optional consent scopes (donor figures, photos, sharing with referral services). */
export async function updateBeneficiaryConsent(
  ctx: RequestContext,
  actor: CurrentUser,
  input: UpdateBeneficiaryConsentInput,
): Promise<BeneficiaryResult> {
  const now = ctx.now();
  return inTransaction(ctx.dataSource, async (em) => {
    const found = await loadForChange(em, actor, input.beneficiaryId);
    if (!(found instanceof BeneficiaryEntity)) return found;
    const b = found;
    if (b.consentWithdrawnOn) {
      return {
        beneficiary: null,
        userErrors: [
          userError(
            'CONSENT_WITHDRAWN',
            'Consent was withdrawn; record a new registration to give it again.',
            ['input', 'beneficiaryId'],
          ),
        ],
      };
    }
    const next = {
      consentDonorFigures: input.donorFigures ?? undefined,
      consentPhotos: input.photos ?? undefined,
      consentReferrals: input.referrals ?? undefined,
    };
    const changed = changedFieldNames(b, next);
    if (changed.length) {
      Object.assign(b, Object.fromEntries(changed.map((k) => [k, next[k as keyof typeof next]])));
      b.updatedAt = now.toISOString();
      await em.save(BeneficiaryEntity, b);
      await recordAuditEvent(
        em,
        actor,
        ctx.requestId,
        {
          action: 'UPDATE_BENEFICIARY_CONSENT',
          recordType: 'Beneficiary',
          recordId: b.id,
          changedFields: changed,
        },
        now,
      );
    }
    return { beneficiary: b, userErrors: [] };
  });
}

/** Records the withdrawal; nothing is deleted. */
export async function withdrawBeneficiaryConsent(
  ctx: RequestContext,
  actor: CurrentUser,
  input: WithdrawBeneficiaryConsentInput,
): Promise<BeneficiaryResult> {
  const now = ctx.now();
  const today = todayIn('Asia/Baku', now);
  return inTransaction(ctx.dataSource, async (em) => {
    const found = await loadForChange(em, actor, input.beneficiaryId);
    if (!(found instanceof BeneficiaryEntity)) return found;
    const b = found;
    const on = input.withdrawnOn ?? today;
    if (b.consentWithdrawnOn) {
      return {
        beneficiary: null,
        userErrors: [
          userError('CONSENT_WITHDRAWN', 'Consent was already withdrawn.', [
            'input',
            'beneficiaryId',
          ]),
        ],
      };
    }
    if (on > today || on < b.consentGivenOn) {
      return {
        beneficiary: null,
        userErrors: [
          userError(
            'VALIDATION',
            'The withdrawal date must be between the consent date and today.',
            ['input', 'withdrawnOn'],
          ),
        ],
      };
    }
    Object.assign(b, {
      consentWithdrawnOn: on,
      consentWithdrawnById: actor.id,
      consentDataUse: false,
      consentDonorFigures: false,
      consentPhotos: false,
      consentReferrals: false,
      updatedAt: now.toISOString(),
    });
    await em.save(BeneficiaryEntity, b);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'WITHDRAW_BENEFICIARY_CONSENT',
        recordType: 'Beneficiary',
        recordId: b.id,
        changedFields: [
          'consentWithdrawnOn',
          'consentDataUse',
          'consentDonorFigures',
          'consentPhotos',
          'consentReferrals',
        ],
      },
      now,
    );
    return { beneficiary: b, userErrors: [] };
  });
}
