import { activeLoan } from '../loans/loan-fixtures';
import { MY_LOANS_QUERY } from '../loans/my-loans-query';
import { createApolloClient } from '../apollo-client';
import { checkSession, forgetUser, knownUser } from '../session';
import { loansQueryText } from './early-script';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
const oneLine = (query: string) => query.replace(/\s+/g, ' ').trim();

afterEach(() => {
  delete window.__revolveEarly;
  forgetUser();
});

describe('early answers', () => {
  it('answer the first loans query instead of the network, and only the first', async () => {
    const loan = activeLoan();
    window.__revolveEarly = { loans: Promise.resolve(json({ data: { myLoans: [loan] } })) };
    const fetch = jest.fn(async () => json({ data: { myLoans: [] } }));
    const client = createApolloClient({ fetch: fetch as unknown as typeof globalThis.fetch });

    const first = await client.query({ query: MY_LOANS_QUERY });
    expect(first.data?.myLoans[0]?.outstanding.amount).toBe('750.50');
    expect(fetch).not.toHaveBeenCalled();
    // Cached like any answer: the schedule screen reads it without asking.
    expect(client.readQuery({ query: MY_LOANS_QUERY })?.myLoans[0]?.id).toBe(loan.id);

    const again = await client.query({ query: MY_LOANS_QUERY, fetchPolicy: 'network-only' });
    expect(again.data?.myLoans).toEqual([]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('are asked with the query Apollo Client would send', async () => {
    const fetch = jest.fn(async (_uri: RequestInfo | URL, _init?: RequestInit) =>
      json({ data: { myLoans: [] } }),
    );
    const client = createApolloClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await client.query({ query: MY_LOANS_QUERY });
    const body = JSON.parse(String(fetch.mock.calls[0]?.[1]?.body)) as { query: string };
    expect(oneLine(loansQueryText())).toBe(oneLine(body.query));
  });

  it('leave other queries to the network', async () => {
    window.__revolveEarly = { loans: Promise.resolve(json({ data: { myLoans: [] } })) };
    const fetch = jest.fn(async () => json({ data: { me: null } }));
    const client = createApolloClient({ fetch: fetch as unknown as typeof globalThis.fetch });
    await client.query({ query: (await import('../home/me-query')).ME_QUERY });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(window.__revolveEarly.loans).toBeDefined();
  });

  it('answer the session check once', async () => {
    window.__revolveEarly = {
      session: Promise.resolve(json({ data: { me: null } })),
      loans: Promise.resolve(json({ errors: [{ message: 'sign in first' }] })),
    };
    const realFetch = jest.spyOn(globalThis, 'fetch');
    await expect(checkSession()).resolves.toEqual({ state: 'signed-out' });
    expect(realFetch).not.toHaveBeenCalled();

    realFetch.mockResolvedValue(json({ data: { me: { id: 'u1', displayName: 'Aygün' } } }));
    await expect(checkSession()).resolves.toMatchObject({ state: 'signed-in' });
    expect(realFetch).toHaveBeenCalledTimes(1);
    expect(knownUser()?.id).toBe('u1');
    realFetch.mockRestore();
  });

  it('pass a failed early request on as a network error (the last figures seen take over)', async () => {
    const failed = Promise.reject(new TypeError('Failed to fetch'));
    failed.catch(() => undefined);
    window.__revolveEarly = { session: failed };
    await expect(checkSession()).rejects.toThrow('Failed to fetch');
  });
});
