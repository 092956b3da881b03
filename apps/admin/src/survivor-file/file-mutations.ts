import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';
import { SURVIVOR_FILE_FIELDS, type SurvivorFile } from './beneficiary-query';

interface FilePayload {
  __typename?: 'BeneficiaryPayload';
  beneficiary: SurvivorFile | null;
  userErrors: UserError[];
}

export interface ProfileInput {
  beneficiaryId: string;
  fullName: string;
  sex: string;
  birthYear: number;
  districtId: string;
  village: string | null;
  phone: string | null;
  injury: { kind: string; year: number | null } | null;
}

export const UPDATE_PROFILE_MUTATION: TypedDocumentNode<
  { updateBeneficiaryProfile: FilePayload },
  { input: ProfileInput }
> = gql`
  mutation AdminUpdateBeneficiaryProfile($input: UpdateBeneficiaryProfileInput!) {
    updateBeneficiaryProfile(input: $input) {
      beneficiary {
        ...AdminSurvivorFileFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${SURVIVOR_FILE_FIELDS}
`;

export interface HouseholdInput {
  beneficiaryId: string;
  members: { relation: string; sex: string; birthYear: number; occupation: string }[];
}

export const UPDATE_HOUSEHOLD_MUTATION: TypedDocumentNode<
  { updateBeneficiaryHousehold: FilePayload },
  { input: HouseholdInput }
> = gql`
  mutation AdminUpdateBeneficiaryHousehold($input: UpdateBeneficiaryHouseholdInput!) {
    updateBeneficiaryHousehold(input: $input) {
      beneficiary {
        ...AdminSurvivorFileFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${SURVIVOR_FILE_FIELDS}
`;
