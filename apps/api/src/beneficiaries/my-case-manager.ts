import { type RequestContext } from '../auth/context';
import { type CurrentUser } from '../auth/current-user';
import { UserEntity } from '../users/user.entity';
import { BeneficiaryEntity } from './beneficiary.entity';

export interface CaseManagerContact {
  name: string;
  phone: string | null;
}

/**
 * A survivor's own case manager: only the name and work phone, nothing else about the staff
 * member. Null when none is assigned or they left (deactivated).
 */
export async function myCaseManager(
  ctx: RequestContext,
  survivor: CurrentUser,
): Promise<CaseManagerContact | null> {
  if (!survivor.beneficiaryId) return null;
  const em = ctx.dataSource.manager;
  const b = await em.findOneBy(BeneficiaryEntity, { id: survivor.beneficiaryId });
  if (!b?.caseManagerId) return null;
  const manager = await em.findOneBy(UserEntity, { id: b.caseManagerId });
  if (!manager?.active) return null;
  return { name: manager.displayName, phone: manager.phone };
}
