import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { newId } from '../db/columns';
import { UserDistrictEntity } from '../users/user-district.entity';
import { type Role, UserEntity } from '../users/user.entity';
import { type CurrentUser } from './current-user';
import { SessionEntity } from './session.entity';
import { hashToken, newSessionToken } from './tokens';

const HOUR = 60 * 60 * 1000;
/** Staff: a working day idle. Survivors on the portal: 30 days. */
export const idleLimitMs = (role: Role): number =>
  role === 'BENEFICIARY' ? 30 * 24 * HOUR : 8 * HOUR;
/** Only write "last seen" once a minute, not on every request. */
const RENEW_AFTER_MS = 60 * 1000;

export async function createSession(
  em: EntityManager,
  user: UserEntity,
  now: Date,
): Promise<string> {
  const token = newSessionToken();
  await em.insert(SessionEntity, {
    id: newId(),
    tokenHash: hashToken(token),
    userId: user.id,
    createdAt: now.toISOString(),
    lastSeenAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + idleLimitMs(user.role)).toISOString(),
    revokedAt: null,
  });
  return token;
}

export async function loadCurrentUser(
  ds: DataSource | EntityManager,
  user: UserEntity,
): Promise<CurrentUser> {
  const links = await ds.getRepository(UserDistrictEntity).find({ where: { userId: user.id } });
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    organizationId: user.organizationId,
    beneficiaryId: user.beneficiaryId,
    districtIds: links.map((l) => l.districtId).sort(),
  };
}

export interface ResolvedSession {
  sessionId: string;
  user: CurrentUser;
  renewed: boolean;
}

/** The live session for a token, sliding its idle expiry; null when unknown, revoked or expired. */
export async function resolveSession(
  ds: DataSource,
  token: string,
  now: Date,
): Promise<ResolvedSession | null> {
  const session = await ds.getRepository(SessionEntity).findOne({
    where: { tokenHash: hashToken(token), revokedAt: IsNull() },
  });
  if (!session || session.expiresAt <= now.toISOString()) return null;
  const user = await ds.getRepository(UserEntity).findOne({ where: { id: session.userId } });
  if (!user || !user.active) return null;
  let renewed = false;
  if (now.getTime() - Date.parse(session.lastSeenAt) >= RENEW_AFTER_MS) {
    await ds.getRepository(SessionEntity).update(
      { id: session.id },
      {
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + idleLimitMs(user.role)).toISOString(),
      },
    );
    renewed = true;
  }
  return { sessionId: session.id, user: await loadCurrentUser(ds, user), renewed };
}

export async function revokeSession(
  em: EntityManager,
  sessionId: string,
  now: Date,
): Promise<void> {
  await em.update(
    SessionEntity,
    { id: sessionId, revokedAt: IsNull() },
    { revokedAt: now.toISOString() },
  );
}

/** Deactivation and password resets end every session of the user. */
export async function revokeUserSessions(
  em: EntityManager,
  userId: string,
  now: Date,
): Promise<void> {
  await em.update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: now.toISOString() });
}
