import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { newId } from '../db/columns';
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

export interface ResolvedSession {
  sessionId: string;
  user: CurrentUser;
  renewed: boolean;
}

/** One row: the session, its user and the user's districts (comma-joined; ids hold no commas). */
interface SessionRow {
  sessionId: string;
  expiresAt: string;
  lastSeenAt: string;
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean | number;
  organizationId: string | null;
  beneficiaryId: string | null;
  districtIds: string | null;
}

// Every request signs in: one statement, not three (session, user, districts). string_agg
// exists in PostgreSQL and SQLite (3.44+); only the placeholder differs.
const sessionSql = (placeholder: string) =>
  `SELECT s."id" AS "sessionId", s."expiresAt", s."lastSeenAt", u."id", u."username",
    u."displayName", u."role", u."active", u."organizationId", u."beneficiaryId",
    (SELECT string_agg(ud."districtId", ',') FROM "user_districts" ud WHERE ud."userId" = u."id")
      AS "districtIds"
  FROM "sessions" s INNER JOIN "users" u ON u."id" = s."userId"
  WHERE s."tokenHash" = ${placeholder} AND s."revokedAt" IS NULL`;
const SESSION_SQL = { postgres: sessionSql('$1'), other: sessionSql('?') };

/** The live session for a token, sliding its idle expiry; null when unknown, revoked or expired. */
export async function resolveSession(
  ds: DataSource,
  token: string,
  now: Date,
): Promise<ResolvedSession | null> {
  const sql = ds.options.type === 'postgres' ? SESSION_SQL.postgres : SESSION_SQL.other;
  const rows = (await ds.query(sql, [hashToken(token)])) as SessionRow[];
  const row = rows[0];
  // SQLite answers booleans as 0/1.
  if (!row || row.expiresAt <= now.toISOString() || !(row.active === true || row.active === 1))
    return null;
  let renewed = false;
  if (now.getTime() - Date.parse(row.lastSeenAt) >= RENEW_AFTER_MS) {
    await ds.getRepository(SessionEntity).update(
      { id: row.sessionId },
      {
        lastSeenAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + idleLimitMs(row.role)).toISOString(),
      },
    );
    renewed = true;
  }
  const user: CurrentUser = {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    organizationId: row.organizationId,
    beneficiaryId: row.beneficiaryId,
    districtIds: row.districtIds ? row.districtIds.split(',').sort() : [],
  };
  return { sessionId: row.sessionId, user, renewed };
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
