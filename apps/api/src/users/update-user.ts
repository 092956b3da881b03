import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { revokeUserSessions } from '../auth/sessions';
import { normalizePhone } from '../auth/usernames';
import { recordAuditEvent } from '../audit/record-audit-event';
import { inTransaction } from '../db/transaction';
import { userError } from '../graphql/common.types';
import { type UserResult } from './create-user';
import { UserDistrictEntity } from './user-district.entity';
import { UserEntity } from './user.entity';
import { type UpdateUserInput } from './user.types';
import { validateAssignment } from './validate-assignment';

/** Changes name, role, organisation or districts. A role change ends the user's sessions. */
export async function updateUser(
  ctx: RequestContext,
  actor: CurrentUser,
  input: UpdateUserInput,
): Promise<UserResult> {
  const now = ctx.now();
  return inTransaction(ctx.dataSource, async (em) => {
    const user = await em.findOneBy(UserEntity, { id: input.userId });
    if (!user)
      return {
        user: null,
        userErrors: [userError('NOT_FOUND', 'No such user.', ['input', 'userId'])],
      };
    if (user.role === 'BENEFICIARY') {
      return {
        user: null,
        userErrors: [
          userError('VALIDATION', 'Survivor accounts are managed through their record.', [
            'input',
            'userId',
          ]),
        ],
      };
    }
    if (input.role != null && user.id === actor.id && input.role !== user.role) {
      return {
        user: null,
        userErrors: [
          userError('VALIDATION', 'You cannot change your own role.', ['input', 'role']),
        ],
      };
    }
    const current = (await em.findBy(UserDistrictEntity, { userId: user.id }))
      .map((l) => l.districtId)
      .sort();
    const role = input.role ?? user.role;
    const organizationId =
      input.organizationId === undefined ? user.organizationId : input.organizationId;
    const districtIds = input.districtIds
      ? [...new Set(input.districtIds)].sort()
      : role === 'CASE_MANAGER'
        ? current
        : [];
    const errors = await validateAssignment(em, role, organizationId, districtIds);
    if (errors.length) return { user: null, userErrors: errors };
    const changed: string[] = [];
    if (input.phone !== undefined) {
      const phone = input.phone?.trim() ? normalizePhone(input.phone.trim()) : null;
      if (input.phone?.trim() && !phone) {
        return {
          user: null,
          userErrors: [
            userError('VALIDATION', 'Write the phone as +994 and 9 digits.', ['input', 'phone']),
          ],
        };
      }
      if (phone !== user.phone) {
        user.phone = phone;
        changed.push('phone');
      }
    }
    if (input.displayName != null && input.displayName.trim() !== user.displayName) {
      user.displayName = input.displayName.trim();
      changed.push('displayName');
    }
    if (role !== user.role) {
      user.role = role;
      changed.push('role');
    }
    if (organizationId !== user.organizationId) {
      user.organizationId = organizationId;
      changed.push('organizationId');
    }
    if (JSON.stringify(districtIds) !== JSON.stringify(current)) {
      await em.delete(UserDistrictEntity, { userId: user.id });
      if (districtIds.length) {
        await em.insert(
          UserDistrictEntity,
          districtIds.map((districtId) => ({ userId: user.id, districtId })),
        );
      }
      changed.push('districtIds');
    }
    if (changed.length) {
      user.updatedAt = now.toISOString();
      await em.save(UserEntity, user);
      if (changed.includes('role')) await revokeUserSessions(em, user.id, now);
      await recordAuditEvent(
        em,
        actor,
        ctx.requestId,
        { action: 'UPDATE_USER', recordType: 'User', recordId: user.id, changedFields: changed },
        now,
      );
    }
    return { user, userErrors: [] };
  });
}
