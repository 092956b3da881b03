import { type CurrentUser } from '../auth/current-user';
import { mayManageDistrict } from '../auth/guards';
import { forbidden } from '../graphql/errors';

/**
 * Changing an enrollment: ADMIN; a CASE_MANAGER of the session's or the survivor's district;
 * the survivor themself when `selfAllowed`.
 */
export function assertMayChangeEnrollment(
  actor: CurrentUser,
  enrollment: { beneficiaryId: string },
  districts: { session: string; survivor: string },
  selfAllowed: boolean,
): void {
  if (actor.role === 'BENEFICIARY') {
    if (selfAllowed && actor.beneficiaryId === enrollment.beneficiaryId) return;
    throw forbidden('This is not your enrollment.');
  }
  if (mayManageDistrict(actor, districts.session) || mayManageDistrict(actor, districts.survivor))
    return;
  throw forbidden('This enrollment is not in your districts.');
}
