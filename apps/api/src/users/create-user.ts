import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { hashPassword } from '../auth/passwords';
import { recordAuditEvent } from '../audit/record-audit-event';
import { newId } from '../db/columns';
import { inTransaction } from '../db/transaction';
import { type UserError, userError } from '../graphql/common.types';
import { UserDistrictEntity } from './user-district.entity';
import { UserEntity } from './user.entity';
import { type CreateUserInput } from './user.types';
import { validateAssignment } from './validate-assignment';

export interface UserResult {
  user: UserEntity | null;
  userErrors: UserError[];
}

export async function createUser(
  ctx: RequestContext,
  actor: CurrentUser,
  input: CreateUserInput,
): Promise<UserResult> {
  const now = ctx.now();
  const passwordHash = await hashPassword(input.password);
  const districtIds = [...new Set(input.districtIds ?? [])];
  return inTransaction(ctx.dataSource, async (em) => {
    const errors = await validateAssignment(em, input.role, input.organizationId, districtIds);
    if (await em.existsBy(UserEntity, { username: input.username })) {
      errors.push(
        userError('USERNAME_TAKEN', 'This username is already in use.', ['input', 'username']),
      );
    }
    if (errors.length) return { user: null, userErrors: errors };
    const user: UserEntity = {
      id: newId(),
      username: input.username,
      displayName: input.displayName.trim(),
      role: input.role,
      passwordHash,
      active: true,
      organizationId: input.organizationId ?? null,
      beneficiaryId: null,
      phone: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await em.insert(UserEntity, user);
    if (districtIds.length) {
      await em.insert(
        UserDistrictEntity,
        districtIds.map((districtId) => ({ userId: user.id, districtId })),
      );
    }
    await recordAuditEvent(
      em,
      actor,
      ctx.requestId,
      {
        action: 'CREATE_USER',
        recordType: 'User',
        recordId: user.id,
        changedFields: [
          'username',
          'displayName',
          'role',
          'password',
          'organizationId',
          'districtIds',
        ],
      },
      now,
    );
    return { user, userErrors: [] };
  });
}
