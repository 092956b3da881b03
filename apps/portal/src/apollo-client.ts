import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { fetchWithEarly } from './early/early-answers';

export interface ApolloClientOptions {
  uri?: string;
  /** Injected in tests to see what goes over the wire. */
  fetch?: typeof fetch;
}

/**
 * The portal's Apollo Client. Same-origin cookies carry the session; the preflight header
 * satisfies Apollo Server's CSRF prevention.
 */
export function createApolloClient({ uri = '/graphql', fetch }: ApolloClientOptions = {}) {
  return new ApolloClient({
    link: new HttpLink({
      uri,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
      // The loans index.html asked for before the scripts arrived answer the first loans query.
      fetch: fetchWithEarly('loans', 'PortalMyLoans', fetch),
    }),
    cache: new InMemoryCache(),
  });
}
