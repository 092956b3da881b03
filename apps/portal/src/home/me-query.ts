import { gql, type TypedDocumentNode } from '@apollo/client';

export interface MeData {
  me: { __typename?: 'User'; id: string; displayName: string } | null;
}

/** Who is signed in; null when nobody is. Sign-in writes its result here too. */
export const ME_QUERY: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query PortalMe {
    me {
      id
      displayName
    }
  }
`;
