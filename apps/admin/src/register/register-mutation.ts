import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';
import { type toRegisterInput } from './validate-registration';

export interface RegisterData {
  registerBeneficiary: {
    __typename?: 'BeneficiaryPayload';
    beneficiary: { __typename?: 'Beneficiary'; id: string; code: string } | null;
    userErrors: UserError[];
  };
}

export const REGISTER_MUTATION: TypedDocumentNode<
  RegisterData,
  { input: ReturnType<typeof toRegisterInput> }
> = gql`
  mutation AdminRegisterBeneficiary($input: RegisterBeneficiaryInput!) {
    registerBeneficiary(input: $input) {
      beneficiary {
        id
        code
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;
