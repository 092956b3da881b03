import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { hashPassword } from '../auth/passwords';
import { revokeUserSessions } from '../auth/sessions';
import { recordAuditEvent } from '../audit/record-audit-event';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { type UserResult } from './create-user';
import { UserEntity } from './user.entity';

/** ADMIN sets a new password for a staff member; their sessions end. */
export async function resetUserPassword(
  ctx: RequestContext,
  actor: CurrentUser,
  userId: string,
  newPassword: string,
): Promise<UserResult> {
  const now = ctx.now();
  const passwordHash = await hashPassword(newPassword);
  return inTransaction(ctx.dataSource, async (em) => {
    const user = await em.findOneBy(UserEntity, { id: userId });
    if (!user)
      return {
        user: null,
        userErrors: [userError('NOT_FOUND', 'No such user.', ['input', 'userId'])],
      };
    if (user.role === 'BENEFICIARY') {
      return {
        user: null,
        userErrors: [
          userError('VALIDATION', 'Survivors get a new PIN through setBeneficiaryPin.', [
            'input',
            'userId',
          ]),
        ],
      };
    }
    user.passwordHash = passwordHash;
    user.updatedAt = now.toISOString();
    await em.save(UserEntity, user);
    await revokeUserSessions(em, user.id, now);
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'RESET_USER_PASSWORD',
        recordType: 'User',
        recordId: user.id,
        changedFields: ['password'],
      },
      now,
    );
    return { user, userErrors: [] };
  });
}
