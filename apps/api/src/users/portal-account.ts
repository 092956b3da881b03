import { type EntityManager } from 'typeorm';
import { revokeUserSessions } from '../auth/sessions';
import { type BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { newId } from '../db/columns';
import { type UserError, userError } from '../graphql/common.types';
import { UserEntity } from './user.entity';

/**
 * Creates a survivor's portal login (their phone is the sign-in name), or gives the existing one
 * a new PIN hash and ends its sessions. The caller has checked the phone is set.
 */
export async function savePortalAccount(
  em: EntityManager,
  b: BeneficiaryEntity & { phone: string },
  passwordHash: string,
  now: Date,
  field: string[],
): Promise<{ user: UserEntity; error?: undefined } | { user?: undefined; error: UserError }> {
  const stamp = now.toISOString();
  let user = await em.findOneBy(UserEntity, { beneficiaryId: b.id });
  const taken = await em.findOneBy(UserEntity, { username: b.phone });
  if (taken && taken.id !== user?.id) {
    return {
      error: userError('PHONE_IN_USE', 'Another account signs in with this phone number.', field),
    };
  }
  if (user) {
    Object.assign(user, { passwordHash, active: true, username: b.phone, updatedAt: stamp });
    await em.save(UserEntity, user);
    await revokeUserSessions(em, user.id, now);
  } else {
    user = {
      id: newId(),
      username: b.phone,
      displayName: b.fullName,
      role: 'BENEFICIARY',
      passwordHash,
      active: true,
      organizationId: null,
      beneficiaryId: b.id,
      phone: null,
      createdAt: stamp,
      updatedAt: stamp,
    };
    await em.insert(UserEntity, user);
  }
  return { user };
}
