import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { revokeUserSessions } from '../auth/sessions';
import { recordAuditEvent } from '../audit/record-audit-event';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { type UserResult } from './create-user';
import { UserEntity } from './user.entity';

/** Deactivates (never deletes) a user and ends their sessions. */
export async function deactivateUser(
  ctx: RequestContext,
  actor: CurrentUser,
  userId: string,
): Promise<UserResult> {
  const now = ctx.now();
  return inTransaction(ctx.dataSource, async (em) => {
    const user = await em.findOneBy(UserEntity, { id: userId });
    if (!user)
      return {
        user: null,
        userErrors: [userError('NOT_FOUND', 'No such user.', ['input', 'userId'])],
      };
    if (user.id === actor.id) {
      return {
        user: null,
        userErrors: [
          userError('VALIDATION', 'You cannot deactivate yourself.', ['input', 'userId']),
        ],
      };
    }
    if (user.active) {
      user.active = false;
      user.updatedAt = now.toISOString();
      await em.save(UserEntity, user);
      await revokeUserSessions(em, user.id, now);
      await recordAuditEvent(
        em,
        actor,
        ctx.requestId,
        {
          action: 'DEACTIVATE_USER',
          recordType: 'User',
          recordId: user.id,
          changedFields: ['active'],
        },
        now,
      );
    }
    return { user, userErrors: [] };
  });
}
