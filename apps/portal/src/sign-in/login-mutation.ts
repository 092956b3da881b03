import { postGraphQL, type PostGraphQLOptions } from '../graphql-fetch';
import { type SignedInUser } from '../session';

export interface LoginUserError {
  field: string[] | null;
  message: string;
  code: string;
}

export interface LoginData {
  login: { user: SignedInUser | null; userErrors: LoginUserError[] };
}

export interface LoginVariables {
  input: { username: string; password: string };
}

/** The contract's login: survivors sign in with their phone as username and PIN as password. */
export const LOGIN_DOCUMENT = /* GraphQL */ `
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

/**
 * Sends the login mutation. Resolves to the payload, or null when the server answered without
 * one (top-level errors); throws when it cannot be reached.
 */
export async function loginWithPin(
  variables: LoginVariables,
  options?: PostGraphQLOptions,
): Promise<LoginData['login'] | null> {
  const result = await postGraphQL<LoginData, LoginVariables>(LOGIN_DOCUMENT, variables, options);
  return result.data?.login ?? null;
}
