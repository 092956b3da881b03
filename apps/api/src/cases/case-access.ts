import { type CurrentUser } from '../auth/current-user';
import { mayManageDistrict } from '../auth/guards';
import { forbidden } from '../graphql/errors';

/**
 * Case notes and referrals are counselling records: ADMIN, and a CASE_MANAGER of the
 * survivor's district. APPROVER (the committee decides on the application, not the counselling),
 * ANALYST and BENEFICIARY never see them.
 */
export function mayReadCases(user: CurrentUser, districtId: string): boolean {
  return mayManageDistrict(user, districtId);
}

export function assertMayReadCases(user: CurrentUser | null, districtId: string): void {
  if (!user || !mayReadCases(user, districtId))
    throw forbidden('Case notes and referrals are not available to you for this survivor.');
}

/** Writing follows reading: the same people keep the file. */
export const assertMayWriteCases = assertMayReadCases;
