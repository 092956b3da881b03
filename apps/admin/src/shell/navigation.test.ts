import { NAV_ITEMS, navItemsFor } from './navigation';

const paths = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((i) => i.path);

describe('navItemsFor', () => {
  it('gives case managers casework, not approvals or programme settings', () => {
    expect(paths('CASE_MANAGER')).toEqual([
      '',
      'work',
      'beneficiaries',
      'loans',
      'repayments',
      'arrears',
      'courses',
    ]);
  });

  it('gives approvers the approval queue and nothing with personal files', () => {
    expect(paths('APPROVER')).toEqual(['', 'approvals']);
  });

  it('gives analysts indicators and the explorer only', () => {
    expect(paths('ANALYST')).toEqual(['', 'indicators', 'explorer']);
  });

  it('gives admins the programme settings but not the approval queue (maker-checker)', () => {
    const admin = paths('ADMIN');
    expect(admin).toEqual(
      expect.arrayContaining(['users', 'loan-products', 'audit', 'fund', 'beneficiaries']),
    );
    expect(admin).not.toContain('approvals');
  });

  it('gives survivors nothing in the staff app', () => {
    expect(navItemsFor('BENEFICIARY')).toEqual([]);
  });

  it('has unique paths and keys', () => {
    expect(new Set(NAV_ITEMS.map((i) => i.path)).size).toBe(NAV_ITEMS.length);
    expect(new Set(NAV_ITEMS.map((i) => i.key)).size).toBe(NAV_ITEMS.length);
  });
});
