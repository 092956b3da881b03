import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';

export const SERVICES = [
  'MEDICAL',
  'PROSTHETICS',
  'PSYCHOSOCIAL',
  'LEGAL',
  'EMPLOYMENT',
  'OTHER',
] as const;
export type Service = (typeof SERVICES)[number];
export type ReferralStatus = 'SENT' | 'ACCEPTED' | 'REJECTED' | 'DONE';

export interface Referral {
  __typename?: 'Referral';
  id: string;
  service: Service;
  provider: string;
  reason: string;
  sharesPersonalData: boolean;
  referredOn: string;
  status: ReferralStatus;
  outcome: string | null;
  nextStatuses: ReferralStatus[];
}

const REFERRAL_FIELDS = gql`
  fragment AdminReferralFields on Referral {
    id
    service
    provider
    reason
    sharesPersonalData
    referredOn
    status
    outcome
    nextStatuses
  }
`;

export const REFERRALS_QUERY: TypedDocumentNode<
  { beneficiary: { __typename?: 'Beneficiary'; id: string; referrals: Referral[] | null } | null },
  { id: string }
> = gql`
  query AdminSurvivorReferrals($id: ID!) {
    beneficiary(id: $id) {
      id
      referrals {
        ...AdminReferralFields
      }
    }
  }
  ${REFERRAL_FIELDS}
`;

interface ReferralPayload {
  __typename?: 'ReferralPayload';
  referral: Referral | null;
  userErrors: UserError[];
}

export interface ReferralInput {
  beneficiaryId: string;
  service: Service;
  provider: string;
  reason: string;
  sharesPersonalData: boolean;
}

export const CREATE_REFERRAL_MUTATION: TypedDocumentNode<
  { createReferral: ReferralPayload },
  { input: ReferralInput }
> = gql`
  mutation AdminCreateReferral($input: CreateReferralInput!) {
    createReferral(input: $input) {
      referral {
        ...AdminReferralFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${REFERRAL_FIELDS}
`;

export const UPDATE_REFERRAL_STATUS_MUTATION: TypedDocumentNode<
  { updateReferralStatus: ReferralPayload },
  { input: { referralId: string; status: ReferralStatus; outcome?: string } }
> = gql`
  mutation AdminUpdateReferralStatus($input: UpdateReferralStatusInput!) {
    updateReferralStatus(input: $input) {
      referral {
        ...AdminReferralFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${REFERRAL_FIELDS}
`;
