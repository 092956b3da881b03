import { type Role, type StaffRole } from '../auth/roles';

export interface NavItem {
  /** Route path under /admin ('' is the start page). */
  path: string;
  /** Locale key under nav.* */
  key: string;
  roles: readonly StaffRole[];
}

/**
 * Who sees what, from DESIGN.md: case managers run cases, loans and courses; approvers decide
 * applications (maker-checker keeps everyone else out); admins run the programme; analysts see
 * indicators and the explorer, never personal data.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '', key: 'home', roles: ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST'] },
  { path: 'work', key: 'work', roles: ['ADMIN', 'CASE_MANAGER'] },
  { path: 'beneficiaries', key: 'beneficiaries', roles: ['ADMIN', 'CASE_MANAGER'] },
  { path: 'loans', key: 'loans', roles: ['ADMIN', 'CASE_MANAGER'] },
  { path: 'approvals', key: 'approvals', roles: ['APPROVER'] },
  { path: 'repayments', key: 'repayments', roles: ['CASE_MANAGER'] },
  { path: 'arrears', key: 'arrears', roles: ['ADMIN', 'CASE_MANAGER'] },
  { path: 'courses', key: 'courses', roles: ['ADMIN', 'CASE_MANAGER'] },
  { path: 'fund', key: 'fund', roles: ['ADMIN'] },
  { path: 'indicators', key: 'indicators', roles: ['ADMIN', 'ANALYST'] },
  { path: 'explorer', key: 'explorer', roles: ['ADMIN', 'ANALYST'] },
  { path: 'users', key: 'users', roles: ['ADMIN'] },
  { path: 'loan-products', key: 'loanProducts', roles: ['ADMIN'] },
  { path: 'audit', key: 'audit', roles: ['ADMIN'] },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => (item.roles as readonly Role[]).includes(role));
}
