import { assertReferralTransition, isDomainError } from '@revolve/domain';
import { recordAuditEvent } from '../audit/record-audit-event';
import { type CurrentUser } from '../auth/current-user';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { findForUpdate } from '../db/locks';
import { inTransaction } from '../db/transaction';
import { type WriteContext } from '../loans/write-context';
import { assertMayWriteCases } from './case-access';
import { type ReferralResult, referralRefused } from './case-result';
import { type UpdateReferralStatusInput } from './case.types';
import { ReferralEntity } from './referral.entity';

/** Moves a referral along SENT -> ACCEPTED | REJECTED, ACCEPTED -> DONE, with its outcome. */
export async function updateReferralStatus(
  ctx: WriteContext,
  actor: CurrentUser,
  input: UpdateReferralStatusInput,
): Promise<ReferralResult> {
  const now = ctx.now();
  return inTransaction(ctx.dataSource, async (em) => {
    const referral = await findForUpdate(em, ReferralEntity, { id: input.referralId });
    if (!referral) return referralRefused('NOT_FOUND', 'No such referral.', 'referralId');
    const survivor = await em.findOneByOrFail(BeneficiaryEntity, { id: referral.beneficiaryId });
    assertMayWriteCases(actor, survivor.districtId);
    try {
      assertReferralTransition(referral.status, input.status);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      return referralRefused(error.code, error.message, 'status');
    }
    const outcome = input.outcome == null ? referral.outcome : input.outcome.trim() || null;
    const stamp = now.toISOString();
    const change = { status: input.status, outcome, updatedAt: stamp };
    await em.update(ReferralEntity, { id: referral.id }, change);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'UPDATE_REFERRAL_STATUS',
        recordType: 'Referral',
        recordId: referral.id,
        changedFields: ['status', ...(outcome !== referral.outcome ? ['outcome'] : [])],
      },
      now,
    );
    return { referral: { ...referral, ...change }, userErrors: [] };
  });
}
