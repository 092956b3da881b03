import { type RequestContext } from './context';
import { recordAuditEvent } from '../audit/record-audit-event';
import { inTransaction } from '../db/transaction';
import { type UserError, userError } from '../graphql/common.types';
import { UserEntity } from '../users/user.entity';
import { type LoginInput } from '../users/user.types';
import { setSessionCookie } from './cookies';
import { isLocked, recordAttempt } from './login-throttle';
import { verifyPassword } from './passwords';
import { createSession } from './sessions';
import { normalizeUsername } from './usernames';

export interface LoginResult {
  user: UserEntity | null;
  token: string | null;
  userErrors: UserError[];
}

// The same answers whether or not the username exists.
const WRONG = userError('INVALID_CREDENTIALS', 'Wrong username or password.');
const LOCKED = userError(
  'LOCKED',
  'Too many failed sign-ins for this username. Try again in 15 minutes.',
);

export async function login(ctx: RequestContext, input: LoginInput): Promise<LoginResult> {
  const username = normalizeUsername(input.username);
  const address = ctx.req.ip ?? 'unknown';
  const now = ctx.now();
  const ds = ctx.dataSource;
  if (await isLocked(ds.manager, username, address, now)) {
    return { user: null, token: null, userErrors: [LOCKED] };
  }
  const found = await ds.getRepository(UserEntity).findOneBy({ username });
  const user = found?.active ? found : null;
  // Always spend the hashing work, so timing does not tell whether the user exists.
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!ok || !user) {
    await inTransaction(ds, (em) => recordAttempt(em, username, address, false, now));
    return { user: null, token: null, userErrors: [WRONG] };
  }
  const token = await inTransaction(ds, async (em) => {
    await recordAttempt(em, username, address, true, now);
    const t = await createSession(em, user, now);
    await recordAuditEvent(
      em,
      { id: user.id, username: user.username },
      ctx.requestId,
      { action: 'LOGIN', recordType: 'User', recordId: user.id },
      now,
    );
    return t;
  });
  setSessionCookie(ctx.req, ctx.res, token, user.role);
  return { user, token, userErrors: [] };
}
