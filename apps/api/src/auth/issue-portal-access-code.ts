import { randomInt } from 'node:crypto';
import { IsNull } from 'typeorm';
import { recordAuditEvent } from '../audit/record-audit-event';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { type UserError, userError } from '../graphql/common.types';
import { forbidden } from '../graphql/errors';
import { type RequestContext } from './context';
import { type CurrentUser } from './current-user';
import { mayManageDistrict } from './guards';
import { hashPassword } from './passwords';
import { PortalAccessCodeEntity } from './portal-access-code.entity';

export const ACCESS_CODE_DIGITS = 8;
export const ACCESS_CODE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface IssuedCode {
  code: string | null;
  expiresAt: string | null;
  userErrors: UserError[];
}

/** Eight random digits: easy to read out on the phone, and 10^8 guesses behind the lockout. */
export function newAccessCode(): string {
  return String(randomInt(0, 10 ** ACCESS_CODE_DIGITS)).padStart(ACCESS_CODE_DIGITS, '0');
}

const refused = (code: string, message: string): IssuedCode => ({
  code: null,
  expiresAt: null,
  userErrors: [userError(code, message, ['input', 'beneficiaryId'])],
});

/**
 * A case manager (or ADMIN) issues a one-time code for a survivor's first portal sign-in.
 * Returned once; an older unused code stops working.
 */
export async function issuePortalAccessCode(
  ctx: RequestContext,
  actor: CurrentUser,
  beneficiaryId: string,
): Promise<IssuedCode> {
  const now = ctx.now();
  const code = newAccessCode();
  const codeHash = await hashPassword(code);
  return inTransaction(ctx.dataSource, async (em) => {
    const b = await em.findOneBy(BeneficiaryEntity, { id: beneficiaryId });
    if (!b) return refused('NOT_FOUND', 'No such survivor.');
    if (!mayManageDistrict(actor, b.districtId))
      throw forbidden('This survivor is not in your districts.');
    if (!b.phone) {
      return refused(
        'PHONE_REQUIRED',
        "Record the survivor's phone number first: it is their sign-in name.",
      );
    }
    if (b.consentWithdrawnOn) return refused('CONSENT_WITHDRAWN', 'Consent was withdrawn.');
    const stamp = now.toISOString();
    await em.update(
      PortalAccessCodeEntity,
      { beneficiaryId: b.id, usedAt: IsNull(), voidedAt: IsNull() },
      { voidedAt: stamp },
    );
    const row: PortalAccessCodeEntity = {
      id: newId(),
      beneficiaryId: b.id,
      codeHash,
      expiresAt: new Date(now.getTime() + ACCESS_CODE_LIFETIME_MS).toISOString(),
      usedAt: null,
      voidedAt: null,
      issuedById: actor.id,
      createdAt: stamp,
    };
    await em.insert(PortalAccessCodeEntity, row);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      { action: 'ISSUE_PORTAL_ACCESS_CODE', recordType: 'Beneficiary', recordId: b.id },
      now,
    );
    return { code, expiresAt: row.expiresAt, userErrors: [] };
  });
}
