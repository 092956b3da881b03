import { gql } from '@apollo/client';
import { createApolloClient } from './apollo-client';

describe('createApolloClient', () => {
  it('posts to /graphql with same-origin cookies and the CSRF preflight header', async () => {
    const fetch = jest.fn(
      async (_uri: RequestInfo | URL, _init?: RequestInit) =>
        new Response(JSON.stringify({ data: { me: null } }), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    const client = createApolloClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    const result = await client.query({ query: gql('query Me { me { id } }') });
    expect(result.data).toEqual({ me: null });
    const [uri, init] = fetch.mock.calls[0] ?? [];
    expect(uri).toBe('/graphql');
    expect(init?.credentials).toBe('same-origin');
    expect(new Headers(init?.headers).get('apollo-require-preflight')).toBe('true');
  });
});
