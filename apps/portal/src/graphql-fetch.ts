/** What a GraphQL server answers: data and/or top-level errors. */
export interface GraphQLResponse<D> {
  data?: D | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface PostGraphQLOptions {
  uri?: string;
  /** Injected in tests to see what goes over the wire. */
  fetch?: typeof fetch;
}

/**
 * One GraphQL request over plain fetch, for the sign-in screen: it must not wait for Apollo
 * Client (~60 KB gzip), which only the signed-in screens load. Same cookies and CSRF header
 * as the Apollo link. Throws when the server cannot be reached or answers with non-JSON.
 */
export async function postGraphQL<D, V>(
  query: string,
  variables: V,
  { uri = '/graphql', fetch: send = globalThis.fetch }: PostGraphQLOptions = {},
): Promise<GraphQLResponse<D>> {
  const response = await send(uri, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({ query, variables }),
  });
  const type = response.headers.get('content-type') ?? '';
  if (!type.includes('json')) throw new Error(`GraphQL answered ${response.status} without JSON`);
  return (await response.json()) as GraphQLResponse<D>;
}
