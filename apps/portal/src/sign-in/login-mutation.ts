import { gql, type TypedDocumentNode } from '@apollo/client';

export interface LoginData {
  login: {
    __typename?: 'LoginPayload';
    user: { __typename?: 'User'; id: string; displayName: string } | null;
    userErrors: {
      __typename?: 'UserError';
      field: string[] | null;
      message: string;
      code: string;
    }[];
  };
}

export interface LoginVariables {
  input: { username: string; password: string };
}

/** The contract's login: survivors sign in with their phone as username and PIN as password. */
export const LOGIN_MUTATION: TypedDocumentNode<LoginData, LoginVariables> = gql`
  mutation PortalLogin($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        displayName
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`;
