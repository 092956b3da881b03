import { CombinedGraphQLErrors } from '@apollo/client';
import { createApolloClient } from '../apollo-client';
import { activeLoan } from '../loans/loan-fixtures';
import { MY_LOANS_QUERY } from '../loans/my-loans-query';
import { readEarlyLoans, seedEarlyLoans } from './early-loans';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const network = () => {
  const fetch = jest.fn(async () => json({ data: { myLoans: [] } }));
  return {
    fetch,
    client: createApolloClient({ fetch: fetch as unknown as typeof globalThis.fetch }),
  };
};

afterEach(() => {
  delete window.__revolveEarly;
});

describe('early loans', () => {
  it('are in the cache before home renders when they came in first', async () => {
    const loan = activeLoan();
    window.__revolveEarly = { loans: Promise.resolve(json({ data: { myLoans: [loan] } })) };
    readEarlyLoans();
    await settle();
    const { fetch, client } = network();
    expect(seedEarlyLoans(client)).toBe(true);
    expect(client.readQuery({ query: MY_LOANS_QUERY })?.myLoans[0]?.outstanding.amount).toBe(
      '750.50',
    );
    await client.query({ query: MY_LOANS_QUERY });
    expect(fetch).not.toHaveBeenCalled();
    // A refetch asks the server: the early answer is not served twice.
    const again = await client.query({ query: MY_LOANS_QUERY, fetchPolicy: 'network-only' });
    expect(again.data?.myLoans).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('answer the first loans query when they come in after the client was made', async () => {
    let arrive: (response: Response) => void = () => undefined;
    window.__revolveEarly = { loans: new Promise<Response>((resolve) => (arrive = resolve)) };
    readEarlyLoans();
    const { fetch, client } = network();
    expect(seedEarlyLoans(client)).toBe(false);
    const query = client.query({ query: MY_LOANS_QUERY });
    arrive(json({ data: { myLoans: [activeLoan()] } }));
    expect((await query).data?.myLoans[0]?.id).toBe('l1');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('are not cached when the API refused them: the query gets the refusal', async () => {
    window.__revolveEarly = {
      loans: Promise.resolve(
        json({
          data: null,
          errors: [{ message: 'sign in', extensions: { code: 'UNAUTHENTICATED' } }],
        }),
      ),
    };
    readEarlyLoans();
    await settle();
    const { fetch, client } = network();
    expect(seedEarlyLoans(client)).toBe(false);
    const result = await client.query({ query: MY_LOANS_QUERY, errorPolicy: 'all' });
    expect(CombinedGraphQLErrors.is(result.error)).toBe(true);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('pass a dropped connection on as a network error (the last figures seen take over)', async () => {
    const failed = Promise.reject(new TypeError('Failed to fetch'));
    failed.catch(() => undefined);
    window.__revolveEarly = { loans: failed };
    readEarlyLoans();
    await settle();
    const { client } = network();
    expect(seedEarlyLoans(client)).toBe(false);
    const result = await client.query({ query: MY_LOANS_QUERY, errorPolicy: 'all' });
    expect(result.error).toBeDefined();
    expect(CombinedGraphQLErrors.is(result.error)).toBe(false);
  });
});
