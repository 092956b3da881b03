import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { type EarlyRequests, takeEarly } from './early/early-answers';

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

/** The operation name in a GraphQL POST body, if it is one. */
function operationName(init?: RequestInit): string | undefined {
  if (typeof init?.body !== 'string') return undefined;
  try {
    const body = JSON.parse(init.body) as { operationName?: unknown };
    return typeof body.operationName === 'string' ? body.operationName : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A fetch for Apollo Client that answers the first `operation` from the early `name` request
 * instead of asking again, so the screen renders with data as soon as its scripts have run.
 */
export function fetchWithEarly(
  name: keyof EarlyRequests,
  operation: string,
  send: typeof fetch = (input, init) => globalThis.fetch(input, init),
): typeof fetch {
  return (input, init) => {
    const early = operationName(init) === operation ? takeEarly(name) : undefined;
    return early ?? send(input, init);
  };
}
