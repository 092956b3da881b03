import { AuditEventEntity } from '../audit/audit-event.entity';
import { LoginAttemptEntity } from '../auth/login-attempt.entity';
import { SessionEntity } from '../auth/session.entity';
import { BeneficiaryEntity } from '../beneficiaries/beneficiary.entity';
import { HouseholdMemberEntity } from '../beneficiaries/household-member.entity';
import { DistrictEntity } from '../districts/district.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserDistrictEntity } from '../users/user-district.entity';
import { UserEntity } from '../users/user.entity';

/** Every entity, listed explicitly (no globbing: works the same from src and dist). */
export const ENTITIES = [
  OrganizationEntity,
  DistrictEntity,
  UserEntity,
  UserDistrictEntity,
  SessionEntity,
  LoginAttemptEntity,
  BeneficiaryEntity,
  HouseholdMemberEntity,
  AuditEventEntity,
];
