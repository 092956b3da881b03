import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

export interface ApolloClientOptions {
  uri?: string;
  /** Injected in tests to see what goes over the wire. */
  fetch?: typeof fetch;
}

/**
 * The admin app's Apollo Client. Same-origin cookies carry the session; the preflight header
 * satisfies Apollo Server's CSRF prevention.
 */
export function createApolloClient({ uri = '/graphql', fetch }: ApolloClientOptions = {}) {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
      ...(fetch ? { fetch } : {}),
    }),
    cache: new InMemoryCache(),
  });
}
