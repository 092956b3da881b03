import {
  ApolloClient,
  ApolloLink,
  CombinedGraphQLErrors,
  HttpLink,
  InMemoryCache,
} from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';

export interface ApolloClientOptions {
  uri?: string;
  /** Injected in tests to see what goes over the wire. */
  fetch?: typeof fetch;
  /** Replaces the HTTP link in tests (e.g. a MockLink), keeping the error handling in front. */
  terminatingLink?: ApolloLink;
  /** Called when the API says the session is gone (expired, signed out elsewhere, revoked). */
  onUnauthenticated?: () => void;
}

/** Whether an operation failed because nobody is signed in any more. */
export function isUnauthenticated(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
  );
}

/**
 * The admin app's Apollo Client. Same-origin cookies carry the session; the preflight header
 * satisfies Apollo Server's CSRF prevention. An UNAUTHENTICATED answer to any operation calls
 * onUnauthenticated, which sends the user to sign in and back.
 */
export function createApolloClient({
  uri = '/graphql',
  fetch,
  terminatingLink,
  onUnauthenticated,
}: ApolloClientOptions = {}) {
  const http =
    terminatingLink ??
    new HttpLink({
      uri,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
      ...(fetch ? { fetch } : {}),
    });
  const expired = new ErrorLink(({ error }) => {
    if (isUnauthenticated(error)) onUnauthenticated?.();
  });
  return new ApolloClient({ link: ApolloLink.from([expired, http]), cache: new InMemoryCache() });
}
