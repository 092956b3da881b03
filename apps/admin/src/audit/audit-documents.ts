import { gql, type TypedDocumentNode } from '@apollo/client';

export interface AuditRow {
  __typename?: 'AuditEvent';
  id: string;
  at: string;
  action: string;
  actorUsername: string | null;
  recordType: string;
  recordId: string | null;
  changedFields: string[];
}

export interface AuditData {
  auditEvents: {
    __typename?: 'AuditEventConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; endCursor: string | null; hasNextPage: boolean };
    edges: { __typename?: 'AuditEventEdge'; node: AuditRow }[];
  };
}

export const AUDIT_EVENTS_QUERY: TypedDocumentNode<
  AuditData,
  { first: number; after: string | null; filter: Record<string, string> }
> = gql`
  query AdminAuditEvents($first: Int, $after: String, $filter: AuditEventFilter) {
    auditEvents(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          at
          action
          actorUsername
          recordType
          recordId
          changedFields
        }
      }
    }
  }
`;

export interface AuditActorsData {
  users: {
    __typename?: 'UserConnection';
    edges: {
      __typename?: 'UserEdge';
      node: { __typename?: 'User'; id: string; username: string; displayName: string };
    }[];
  };
}

/** Everyone who can act, survivors included (they sign in to the portal). */
export const AUDIT_ACTORS_QUERY: TypedDocumentNode<AuditActorsData, Record<string, never>> = gql`
  query AdminAuditActors {
    users(first: 100) {
      edges {
        node {
          id
          username
          displayName
        }
      }
    }
  }
`;
