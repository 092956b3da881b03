/** The contract's Role enum. */
export type Role = 'ADMIN' | 'CASE_MANAGER' | 'APPROVER' | 'ANALYST' | 'BENEFICIARY';

export type StaffRole = Exclude<Role, 'BENEFICIARY'>;

export const STAFF_ROLES: readonly StaffRole[] = ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST'];

export function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}
