import { gql, type TypedDocumentNode } from '@apollo/client';

export const LOGOUT_MUTATION: TypedDocumentNode<{ logout: boolean }, Record<string, never>> = gql`
  mutation AdminLogout {
    logout
  }
`;
