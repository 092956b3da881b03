import { type Role } from '../users/user.entity';

/** The signed-in user as every resolver sees it. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  organizationId: string | null;
  beneficiaryId: string | null;
  /** CASE_MANAGER: the districts they work in. */
  districtIds: string[];
}
