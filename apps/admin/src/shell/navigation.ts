import { type Role, type StaffRole } from '../auth/roles';

export interface NavItem {
  /** Route path under /admin ('' is the start page). */
  path: string;
  /** Locale key under nav.* */
  key: string;
  roles: readonly StaffRole[];
  /** False until the screen exists: the menu then says "coming soon" instead of pretending. */
  ready: boolean;
}

/**
 * Who sees what, from DESIGN.md: case managers run cases, loans and courses; approvers decide
 * applications (maker-checker keeps everyone else out); admins run the programme; analysts see
 * indicators and the explorer, never personal data.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '', key: 'home', roles: ['ADMIN', 'CASE_MANAGER', 'APPROVER', 'ANALYST'], ready: true },
  { path: 'work', key: 'work', roles: ['ADMIN', 'CASE_MANAGER'], ready: true },
  { path: 'beneficiaries', key: 'beneficiaries', roles: ['ADMIN', 'CASE_MANAGER'], ready: true },
  { path: 'loans', key: 'loans', roles: ['ADMIN', 'CASE_MANAGER'], ready: true },
  { path: 'approvals', key: 'approvals', roles: ['APPROVER'], ready: true },
  { path: 'repayments', key: 'repayments', roles: ['CASE_MANAGER'], ready: true },
  { path: 'arrears', key: 'arrears', roles: ['ADMIN', 'CASE_MANAGER'], ready: true },
  { path: 'courses', key: 'courses', roles: ['ADMIN', 'CASE_MANAGER'], ready: true },
  { path: 'fund', key: 'fund', roles: ['ADMIN'], ready: true },
  { path: 'indicators', key: 'indicators', roles: ['ADMIN', 'ANALYST'], ready: true },
  { path: 'explorer', key: 'explorer', roles: ['ADMIN', 'ANALYST'], ready: true },
  { path: 'users', key: 'users', roles: ['ADMIN'], ready: true },
  { path: 'loan-products', key: 'loanProducts', roles: ['ADMIN'], ready: true },
  { path: 'audit', key: 'audit', roles: ['ADMIN'], ready: true },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => (item.roles as readonly Role[]).includes(role));
}
