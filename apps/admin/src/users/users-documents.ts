import { gql, type TypedDocumentNode } from '@apollo/client';
import { type UserError } from '../auth/login-mutation';
import { type StaffRole } from '../auth/roles';

interface Named {
  id: string;
  name: string;
}

export interface StaffUser {
  __typename?: 'User';
  id: string;
  username: string;
  displayName: string;
  role: StaffRole | 'BENEFICIARY';
  active: boolean;
  organization: (Named & { __typename?: 'Organization' }) | null;
  districts: (Named & { __typename?: 'District' })[];
}

const USER_FIELDS = gql`
  fragment AdminUserFields on User {
    id
    username
    displayName
    role
    active
    organization {
      id
      name
    }
    districts {
      id
      name
    }
  }
`;

/** What every user mutation answers: the account as it now stands, or why not. */
const USER_PAYLOAD_FIELDS = gql`
  fragment AdminUserPayloadFields on UserPayload {
    user {
      ...AdminUserFields
    }
    userErrors {
      field
      message
      code
    }
  }
  ${USER_FIELDS}
`;

export interface UsersData {
  users: {
    __typename?: 'UserConnection';
    totalCount: number;
    pageInfo: { __typename?: 'PageInfo'; hasNextPage: boolean; endCursor: string | null };
    edges: { __typename?: 'UserEdge'; node: StaffUser }[];
  };
}

export interface UsersVariables {
  filter: { active?: boolean; roles?: string[] };
  /** The cursor of the last user shown, when showing more. */
  after?: string;
}

/** Staff accounts only: survivors get portal access from their file. */
export const USERS_QUERY: TypedDocumentNode<UsersData, UsersVariables> = gql`
  query AdminUsers($filter: UserFilter, $after: String) {
    users(first: 100, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AdminUserFields
        }
      }
    }
  }
  ${USER_FIELDS}
`;

export interface UserOptionsData {
  organizations: { __typename?: 'Organization'; id: string; name: string; code: string }[];
  districts: { __typename?: 'District'; id: string; name: string; code: string }[];
}

export const USER_OPTIONS_QUERY: TypedDocumentNode<UserOptionsData, Record<string, never>> = gql`
  query AdminUserOptions {
    organizations {
      id
      name
      code
    }
    districts {
      id
      name
      code
    }
  }
`;

export interface UserPayload {
  __typename?: 'UserPayload';
  user: StaffUser | null;
  userErrors: UserError[];
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  role: string;
  password: string;
  organizationId: string | null;
  districtIds: string[];
}

export const CREATE_USER_MUTATION: TypedDocumentNode<
  { createUser: UserPayload },
  { input: CreateUserInput }
> = gql`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserPayloadFields
    }
  }
  ${USER_PAYLOAD_FIELDS}
`;

export interface UpdateUserInput {
  userId: string;
  displayName: string;
  role: string;
  organizationId: string | null;
  districtIds: string[];
}

export const UPDATE_USER_MUTATION: TypedDocumentNode<
  { updateUser: UserPayload },
  { input: UpdateUserInput }
> = gql`
  mutation AdminUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...AdminUserPayloadFields
    }
  }
  ${USER_PAYLOAD_FIELDS}
`;

export const DEACTIVATE_USER_MUTATION: TypedDocumentNode<
  { deactivateUser: UserPayload },
  { input: { userId: string } }
> = gql`
  mutation AdminDeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      ...AdminUserPayloadFields
    }
  }
  ${USER_PAYLOAD_FIELDS}
`;

export const RESET_PASSWORD_MUTATION: TypedDocumentNode<
  { resetUserPassword: UserPayload },
  { input: { userId: string; newPassword: string } }
> = gql`
  mutation AdminResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      ...AdminUserPayloadFields
    }
  }
  ${USER_PAYLOAD_FIELDS}
`;
