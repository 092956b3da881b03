import { gql, type TypedDocumentNode } from '@apollo/client';
import { type Me } from './me-query';

export interface UserError {
  __typename?: 'UserError';
  field: string[] | null;
  message: string;
  code: string;
}

export interface LoginData {
  login: { __typename?: 'LoginPayload'; user: Me | null; userErrors: UserError[] };
}

export interface LoginVariables {
  input: { username: string; password: string };
}

export const LOGIN_MUTATION: TypedDocumentNode<LoginData, LoginVariables> = gql`
  mutation AdminLogin($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        displayName
        role
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;
