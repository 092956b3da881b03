import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { mayManageDistrict } from '../auth/guards';
import { hashPassword } from '../auth/passwords';
import { recordAuditEvent } from '../audit/record-audit-event';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { forbidden } from '../graphql/errors';
import { type UserResult } from './create-user';
import { savePortalAccount } from './portal-account';

/** Gives a survivor portal access, or a new PIN: they sign in with their phone number. */
export async function setBeneficiaryPin(
  ctx: RequestContext,
  actor: CurrentUser,
  beneficiaryId: string,
  pin: string,
): Promise<UserResult> {
  const now = ctx.now();
  const passwordHash = await hashPassword(pin);
  return inTransaction(ctx.dataSource, async (em) => {
    const b = await em.findOneBy(BeneficiaryEntity, { id: beneficiaryId });
    if (!b)
      return {
        user: null,
        userErrors: [userError('NOT_FOUND', 'No such survivor.', ['input', 'beneficiaryId'])],
      };
    if (!mayManageDistrict(actor, b.districtId))
      throw forbidden('This survivor is not in your districts.');
    if (!b.phone) {
      return {
        user: null,
        userErrors: [
          userError(
            'PHONE_REQUIRED',
            "Record the survivor's phone number first: it is their sign-in name.",
            ['input', 'beneficiaryId'],
          ),
        ],
      };
    }
    if (b.consentWithdrawnOn) {
      return {
        user: null,
        userErrors: [
          userError('CONSENT_WITHDRAWN', 'Consent was withdrawn.', ['input', 'beneficiaryId']),
        ],
      };
    }
    const saved = await savePortalAccount(em, { ...b, phone: b.phone }, passwordHash, now, [
      'input',
      'beneficiaryId',
    ]);
    if (saved.error) return { user: null, userErrors: [saved.error] };
    const user = saved.user;
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'SET_BENEFICIARY_PIN',
        recordType: 'User',
        recordId: user.id,
        changedFields: ['pin'],
      },
      now,
    );
    return { user, userErrors: [] };
  });
}
