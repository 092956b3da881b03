import { postGraphQL } from './graphql-fetch';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('postGraphQL', () => {
  it('posts JSON to /graphql with same-origin cookies and the CSRF preflight header', async () => {
    const fetch = jest.fn(async (_uri: RequestInfo | URL, _init?: RequestInit) =>
      json({ data: { me: null } }),
    );
    const result = await postGraphQL('query { me { id } }', { a: 1 }, { fetch });
    expect(result.data).toEqual({ me: null });
    const [uri, init] = fetch.mock.calls[0] ?? [];
    expect(uri).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    const headers = new Headers(init?.headers);
    expect(headers.get('apollo-require-preflight')).toBe('true');
    expect(headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({
      query: 'query { me { id } }',
      variables: { a: 1 },
    });
  });

  it('returns top-level errors as the server sent them (a 400 with JSON is still an answer)', async () => {
    const fetch = jest.fn(async () => json({ errors: [{ message: 'bad' }] }, 400));
    await expect(postGraphQL('query { x }', {}, { fetch })).resolves.toEqual({
      errors: [{ message: 'bad' }],
    });
  });

  it('throws when the answer is not JSON, e.g. a proxy error page', async () => {
    const fetch = jest.fn(async () => new Response('<html>502</html>', { status: 502 }));
    await expect(postGraphQL('query { x }', {}, { fetch })).rejects.toThrow(
      'GraphQL answered 502 without JSON',
    );
  });
});
