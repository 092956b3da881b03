import { type EntityManager, In } from 'typeorm';
import { DistrictEntity } from '../districts/district.entity';
import { type UserError, userError } from '../graphql/common.types';
import { OrganizationEntity } from '../organizations/organization.entity';
import { type Role } from './user.entity';

/** Organisation and districts must exist; only case managers have districts, and need some. */
export async function validateAssignment(
  em: EntityManager,
  role: Role,
  organizationId: string | null | undefined,
  districtIds: string[],
): Promise<UserError[]> {
  const errors: UserError[] = [];
  // `!= null`, not truthiness: an empty string is an id that does not exist (found by the fuzzer).
  if (organizationId != null && !(await em.existsBy(OrganizationEntity, { id: organizationId }))) {
    errors.push(userError('NOT_FOUND', 'No such organisation.', ['input', 'organizationId']));
  }
  if (role === 'BENEFICIARY') {
    errors.push(
      userError('VALIDATION', 'Survivors get portal access through setBeneficiaryPin.', [
        'input',
        'role',
      ]),
    );
  }
  if (role === 'CASE_MANAGER' && districtIds.length === 0) {
    errors.push(
      userError('VALIDATION', 'A case manager needs at least one district.', [
        'input',
        'districtIds',
      ]),
    );
  }
  if (role !== 'CASE_MANAGER' && districtIds.length > 0) {
    errors.push(
      userError('VALIDATION', 'Only case managers are limited to districts.', [
        'input',
        'districtIds',
      ]),
    );
  }
  const unique = [...new Set(districtIds)];
  if (unique.length && (await em.countBy(DistrictEntity, { id: In(unique) })) !== unique.length) {
    errors.push(
      userError('NOT_FOUND', 'One of the districts does not exist.', ['input', 'districtIds']),
    );
  }
  return errors;
}
