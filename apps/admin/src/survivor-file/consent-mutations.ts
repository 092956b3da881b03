import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';
import { CONSENT_FIELDS, type ConsentFields } from './beneficiary-query';

export interface WithdrawData {
  withdrawBeneficiaryConsent: {
    __typename?: 'BeneficiaryPayload';
    beneficiary: {
      __typename?: 'Beneficiary';
      id: string;
      portalAccess: boolean;
      consent: ConsentFields;
    } | null;
    userErrors: UserError[];
  };
}

export const WITHDRAW_CONSENT_MUTATION: TypedDocumentNode<
  WithdrawData,
  { input: { beneficiaryId: string } }
> = gql`
  mutation AdminWithdrawConsent($input: WithdrawBeneficiaryConsentInput!) {
    withdrawBeneficiaryConsent(input: $input) {
      beneficiary {
        id
        portalAccess
        consent {
          ...AdminConsentFields
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${CONSENT_FIELDS}
`;

export interface SetPinData {
  setBeneficiaryPin: {
    __typename?: 'UserPayload';
    user: { __typename?: 'User'; id: string; username: string } | null;
    userErrors: UserError[];
  };
}

export const SET_PIN_MUTATION: TypedDocumentNode<
  SetPinData,
  { input: { beneficiaryId: string; pin: string } }
> = gql`
  mutation AdminSetBeneficiaryPin($input: SetBeneficiaryPinInput!) {
    setBeneficiaryPin(input: $input) {
      user {
        id
        username
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;

export interface UpdateConsentData {
  updateBeneficiaryConsent: {
    __typename?: 'BeneficiaryPayload';
    beneficiary: { __typename?: 'Beneficiary'; id: string; consent: ConsentFields } | null;
    userErrors: UserError[];
  };
}

export const UPDATE_CONSENT_MUTATION: TypedDocumentNode<
  UpdateConsentData,
  {
    input: { beneficiaryId: string; donorFigures: boolean; photos: boolean; referrals: boolean };
  }
> = gql`
  mutation AdminUpdateConsent($input: UpdateBeneficiaryConsentInput!) {
    updateBeneficiaryConsent(input: $input) {
      beneficiary {
        id
        consent {
          ...AdminConsentFields
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
  ${CONSENT_FIELDS}
`;
