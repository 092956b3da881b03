import { gql, type TypedDocumentNode } from '@apollo/client';
import { type Role } from './roles';

export interface Me {
  __typename?: 'User';
  id: string;
  displayName: string;
  role: Role;
}

export interface MeData {
  me: Me | null;
}

/** Who is signed in; null when nobody is. Sign-in writes its result here too. */
export const ME_QUERY: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query AdminMe {
    me {
      id
      displayName
      role
    }
  }
`;
