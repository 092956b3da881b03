import { announceSignedIn, checkSession, forgetUser, knownUser, onSignedIn } from './session';

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });

afterEach(() => forgetUser());

describe('session', () => {
  it('tells every listener who signed in, until it unsubscribes, and remembers the user', () => {
    const seen: string[] = [];
    const stop = onSignedIn((user) => seen.push(user.displayName));
    announceSignedIn({ id: 'u1', displayName: 'Aygün' });
    stop();
    announceSignedIn({ id: 'u2', displayName: 'Elvin' });
    expect(seen).toEqual(['Aygün']);
    expect(knownUser()).toEqual({ id: 'u2', displayName: 'Elvin' });
  });

  it('checkSession reports a signed-in user and remembers them', async () => {
    const fetch = jest.fn(async () => json({ data: { me: { id: 'u1', displayName: 'Aygün' } } }));
    await expect(checkSession(fetch)).resolves.toEqual({
      state: 'signed-in',
      user: { id: 'u1', displayName: 'Aygün' },
    });
    expect(knownUser()?.id).toBe('u1');
  });

  it('checkSession reports signed-out when me is null', async () => {
    const fetch = jest.fn(async () => json({ data: { me: null } }));
    await expect(checkSession(fetch)).resolves.toEqual({ state: 'signed-out' });
    expect(knownUser()).toBeNull();
  });

  it('checkSession throws when the answer has no data', async () => {
    const fetch = jest.fn(async () => json({ errors: [{ message: 'boom' }] }));
    await expect(checkSession(fetch)).rejects.toThrow('boom');
  });
});
