import { type EntityManager } from 'typeorm';
import { type CurrentUser } from '../auth/current-user';
import { mayManageDistrict } from '../auth/guards';
import { userError } from '../graphql/common.types';
import { forbidden } from '../graphql/errors';
import { BeneficiaryEntity } from './beneficiary.entity';
import { type BeneficiaryResult } from './register-beneficiary';

/** The survivor to change, or the refusal: FORBIDDEN outside the actor's districts. */
export async function loadForChange(
  em: EntityManager,
  actor: CurrentUser,
  beneficiaryId: string,
): Promise<BeneficiaryEntity | BeneficiaryResult> {
  const b = await em.findOneBy(BeneficiaryEntity, { id: beneficiaryId });
  if (!b) {
    if (actor.role !== 'ADMIN' && actor.role !== 'CASE_MANAGER') throw forbidden();
    return {
      beneficiary: null,
      userErrors: [userError('NOT_FOUND', 'No such survivor.', ['input', 'beneficiaryId'])],
    };
  }
  if (!mayManageDistrict(actor, b.districtId))
    throw forbidden('This survivor is not in your districts.');
  return b;
}
