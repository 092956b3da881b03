import { forbidden, unauthenticated } from '../graphql/errors';
import { type Role } from '../users/user.entity';
import { type RequestContext } from './context';
import { type CurrentUser } from './current-user';

export function requireUser(ctx: RequestContext): CurrentUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

export function requireRole(ctx: RequestContext, roles: readonly Role[]): CurrentUser {
  const user = requireUser(ctx);
  if (!roles.includes(user.role)) throw forbidden();
  return user;
}

/** ANALYST works with pseudonymous data only. */
export const seesPersonalData = (user: CurrentUser): boolean => user.role !== 'ANALYST';

/** Which survivors a user may read. */
export type BeneficiaryScope =
  | { kind: 'all' }
  | { kind: 'districts'; districtIds: string[] }
  | { kind: 'self'; beneficiaryId: string | null };

export function beneficiaryScope(user: CurrentUser): BeneficiaryScope {
  switch (user.role) {
    case 'ADMIN':
    case 'APPROVER':
    case 'ANALYST':
      return { kind: 'all' };
    case 'CASE_MANAGER':
      return { kind: 'districts', districtIds: user.districtIds };
    case 'BENEFICIARY':
      return { kind: 'self', beneficiaryId: user.beneficiaryId };
  }
}

export function mayRead(user: CurrentUser, b: { id: string; districtId: string }): boolean {
  const scope = beneficiaryScope(user);
  if (scope.kind === 'all') return true;
  if (scope.kind === 'districts') return scope.districtIds.includes(b.districtId);
  return scope.beneficiaryId === b.id;
}

/** Survivors' records are changed by ADMIN, or a CASE_MANAGER in their own districts. */
export function mayManageDistrict(user: CurrentUser, districtId: string): boolean {
  if (user.role === 'ADMIN') return true;
  return user.role === 'CASE_MANAGER' && user.districtIds.includes(districtId);
}
