import { createGraphqlFetcher } from './graphql-fetcher';

describe('createGraphqlFetcher', () => {
  it('posts JSON to /graphql with the cookie and the CSRF header, and returns the answer', async () => {
    const fetchImpl = jest.fn(async () => new Response(JSON.stringify({ data: { a: 1 } })));
    const result = await createGraphqlFetcher(fetchImpl as typeof fetch)({ query: '{ a }' });
    expect(result).toEqual({ data: { a: 1 } });
    expect(fetchImpl).toHaveBeenCalledWith('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: '{ a }' }),
    });
  });
});
