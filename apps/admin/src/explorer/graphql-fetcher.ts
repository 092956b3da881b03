/**
 * GraphiQL's requests go to the same /graphql as the app's, with the session cookie and the
 * header Apollo Server's CSRF prevention asks for. The answer is shown as it came, errors too.
 */
export function createGraphqlFetcher(fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  return (params: unknown) => post(fetchImpl, params);
}

async function post(fetchImpl: typeof fetch, params: unknown): Promise<unknown> {
  const response = await fetchImpl('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify(params),
  });
  return response.json();
}
