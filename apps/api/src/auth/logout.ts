import { recordAuditEvent } from '../audit/record-audit-event';
import { inTransaction } from '../db/transaction';
import { type RequestContext } from './context';
import { clearSessionCookie } from './cookies';
import { revokeSession } from './sessions';

/** Revokes the current session; true when there was one. */
export async function logout(ctx: RequestContext): Promise<boolean> {
  clearSessionCookie(ctx.req, ctx.res);
  const { user, sessionId } = ctx;
  if (!user || !sessionId) return false;
  const now = ctx.now();
  await inTransaction(ctx.dataSource, async (em) => {
    await revokeSession(em, sessionId, now);
    await recordAuditEvent(
      em,
      user,
      ctx.requestId,
      { action: 'LOGOUT', recordType: 'User', recordId: user.id },
      now,
    );
  });
  return true;
}
