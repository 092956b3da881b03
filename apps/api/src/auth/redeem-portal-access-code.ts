import { In, IsNull, MoreThan } from 'typeorm';
import { recordAuditEvent } from '../audit/record-audit-event';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { inTransaction } from '../db/transaction';
import { type UserError, userError } from '../graphql/common.types';
import { savePortalAccount } from '../users/portal-account';
import { type UserEntity } from '../users/user.entity';
import { type RequestContext } from './context';
import { setSessionCookie } from './cookies';
import { isLocked, recordAttempt } from './login-throttle';
import { hashPassword, PIN_PATTERN, verifyPassword } from './passwords';
import { PortalAccessCodeEntity } from './portal-access-code.entity';
import { type RedeemPortalAccessCodeInput } from './portal-access-code.types';
import { createSession } from './sessions';
import { normalizePhone, normalizeUsername } from './usernames';

export interface RedeemResult {
  user: UserEntity | null;
  token: string | null;
  userErrors: UserError[];
}

// One answer for an unknown phone, a wrong code and a spent or expired one.
const WRONG_CODE = userError(
  'INVALID_CODE',
  'This phone number and code do not match a valid code. Codes work once, for 7 days.',
  ['input', 'code'],
);
const LOCKED = userError(
  'LOCKED',
  'Too many failed sign-ins for this phone number. Try again in 15 minutes.',
);

class Refusal extends Error {
  constructor(readonly userError: UserError) {
    super(userError.message);
  }
}

const fail = (error: UserError): RedeemResult => ({ user: null, token: null, userErrors: [error] });

/**
 * A survivor's first sign-in: their phone, the one-time code from their case manager, and the
 * PIN they choose. Wrong codes count towards the same lockout as wrong PINs.
 */
export async function redeemPortalAccessCode(
  ctx: RequestContext,
  input: RedeemPortalAccessCodeInput,
): Promise<RedeemResult> {
  if (!PIN_PATTERN.test(input.pin)) {
    return fail(userError('VALIDATION', 'The PIN must be exactly 6 digits.', ['input', 'pin']));
  }
  const username = normalizeUsername(input.phone);
  const phone = normalizePhone(input.phone.trim());
  const code = input.code.replace(/[\s-]/g, '');
  const address = ctx.req.ip ?? 'unknown';
  const now = ctx.now();
  const ds = ctx.dataSource;
  if (await isLocked(ds.manager, username, address, now)) return fail(LOCKED);

  const survivors = phone ? await ds.manager.findBy(BeneficiaryEntity, { phone }) : [];
  const live = survivors.length
    ? await ds.manager.findBy(PortalAccessCodeEntity, {
        beneficiaryId: In(survivors.map((b) => b.id)),
        usedAt: IsNull(),
        voidedAt: IsNull(),
        expiresAt: MoreThan(now.toISOString()),
      })
    : [];
  let matched: PortalAccessCodeEntity | null = null;
  for (const row of live) if (await verifyPassword(row.codeHash, code)) matched = row;
  // Spend the hashing work when there was nothing to check, so timing tells nothing either.
  if (live.length === 0) await verifyPassword(null, code);
  const survivor = survivors.find((b) => b.id === matched?.beneficiaryId);
  if (!matched || !survivor?.phone || survivor.consentWithdrawnOn) {
    await inTransaction(ds, (em) => recordAttempt(em, username, address, false, now));
    return fail(WRONG_CODE);
  }

  const passwordHash = await hashPassword(input.pin);
  const codeId = matched.id;
  const result = await inTransaction(ds, async (em): Promise<RedeemResult> => {
    const stamp = now.toISOString();
    // Only one of two simultaneous redemptions spends the code.
    const spent = await em.update(
      PortalAccessCodeEntity,
      { id: codeId, usedAt: IsNull(), voidedAt: IsNull() },
      { usedAt: stamp },
    );
    if (spent.affected !== 1) return fail(WRONG_CODE);
    const saved = await savePortalAccount(
      em,
      { ...survivor, phone: survivor.phone! },
      passwordHash,
      now,
      ['input', 'phone'],
    );
    // Thrown, not returned, so the code is not spent.
    if (saved.error) throw new Refusal(saved.error);
    await recordAttempt(em, username, address, true, now);
    const token = await createSession(em, saved.user, now);
    await recordAuditEvent(
      em,
      { id: saved.user.id, username: saved.user.username },
      ctx.requestId,
      {
        action: 'REDEEM_PORTAL_ACCESS_CODE',
        recordType: 'User',
        recordId: saved.user.id,
        changedFields: ['pin'],
      },
      now,
    );
    return { user: saved.user, token, userErrors: [] };
  }).catch((error: unknown) => {
    if (error instanceof Refusal) return fail(error.userError);
    throw error;
  });
  if (result.token && result.user) setSessionCookie(ctx.req, ctx.res, result.token, 'BENEFICIARY');
  return result;
}
