import { hashToken, newSessionToken, tokenFromRequest } from './tokens';

describe('session tokens', () => {
  it('are random, 43 characters, and stored only as a sha256', () => {
    const a = newSessionToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSessionToken()).not.toBe(a);
    expect(hashToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(a)).not.toContain(a);
  });

  it('are read from Bearer first, then the cookie', () => {
    const t = newSessionToken();
    const u = newSessionToken();
    expect(
      tokenFromRequest({ authorization: `Bearer ${t}`, cookie: `revolve_session=${u}` }),
    ).toEqual({
      token: t,
      source: 'bearer',
    });
    expect(tokenFromRequest({ cookie: `other=1; revolve_session=${u}` })).toEqual({
      token: u,
      source: 'cookie',
    });
    expect(tokenFromRequest({ cookie: 'revolve_session=bad token' })).toBeNull();
    expect(tokenFromRequest({})).toBeNull();
  });
});
