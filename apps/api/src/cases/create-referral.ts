import { assertReferralConsent, compareDates, isDomainError, todayIn } from '@revolve/domain';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { type WriteContext } from '../loans/write-context';
import { assertMayWriteCases } from './case-access';
import { type ReferralResult, referralRefused } from './case-result';
import { type CreateReferralInput } from './case.types';
import { ReferralEntity } from './referral.entity';

/**
 * Refers a survivor to an outside service. Sharing personal data with the provider needs the
 * survivor's consent to it (Consent.referrals); without it: CONSENT_REQUIRED, nothing written.
 */
export async function createReferral(
  ctx: WriteContext,
  actor: CurrentUser,
  input: CreateReferralInput,
): Promise<ReferralResult> {
  const now = ctx.now();
  const today = todayIn('Asia/Baku', now);
  return inTransaction(ctx.dataSource, async (em) => {
    const survivor = await em.findOneBy(BeneficiaryEntity, { id: input.beneficiaryId });
    if (!survivor) return referralRefused('NOT_FOUND', 'No such survivor.', 'beneficiaryId');
    assertMayWriteCases(actor, survivor.districtId);
    const provider = input.provider.trim();
    const reason = input.reason.trim();
    if (!provider) return referralRefused('VALIDATION', 'Name the provider.', 'provider');
    if (!reason)
      return referralRefused('VALIDATION', 'Say why the survivor is referred.', 'reason');
    const referredOn = input.referredOn ?? today;
    if (compareDates(referredOn, today) > 0)
      return referralRefused(
        'VALIDATION',
        'A referral cannot be dated in the future.',
        'referredOn',
      );
    try {
      assertReferralConsent(input.sharesPersonalData, {
        dataUse: survivor.consentDataUse,
        referrals: survivor.consentReferrals,
        withdrawn: survivor.consentWithdrawnOn !== null,
      });
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return referralRefused(error.code, error.message, 'sharesPersonalData');
    }
    const stamp = now.toISOString();
    const referral: ReferralEntity = {
      id: newId(),
      beneficiaryId: survivor.id,
      service: input.service,
      provider,
      reason,
      sharesPersonalData: input.sharesPersonalData,
      referredOn,
      status: 'SENT',
      outcome: null,
      createdById: actor.id,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await em.insert(ReferralEntity, referral);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'CREATE_REFERRAL',
        recordType: 'Referral',
        recordId: referral.id,
        changedFields: ['service', 'provider', 'reason', 'sharesPersonalData', 'status'],
      },
      now,
    );
    return { referral, userErrors: [] };
  });
}
