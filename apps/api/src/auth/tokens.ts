import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'revolve_session';

/** 32 random bytes, base64url: what the client holds. */
export const newSessionToken = (): string => randomBytes(32).toString('base64url');

/** What the database holds: a leaked table does not yield usable tokens. */
export const hashToken = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/** Reads the session token: `Authorization: Bearer` first, then the cookie. */
export function tokenFromRequest(headers: {
  authorization?: string | undefined;
  cookie?: string | undefined;
}): { token: string; source: 'bearer' | 'cookie' } | null {
  const bearer = /^Bearer\s+([A-Za-z0-9_-]{20,100})$/i.exec(headers.authorization ?? '');
  if (bearer?.[1]) return { token: bearer[1], source: 'bearer' };
  for (const part of (headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const value = decodeURIComponent(rest.join('='));
      if (/^[A-Za-z0-9_-]{20,100}$/.test(value)) return { token: value, source: 'cookie' };
    }
  }
  return null;
}
