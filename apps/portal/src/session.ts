import { takeEarly } from './early/early-answers';
import { postGraphQL } from './graphql-fetch';

/** The signed-in user as login and `me` return it. */
export interface SignedInUser {
  __typename?: 'User';
  id: string;
  displayName: string;
}

type Listener = (user: SignedInUser) => void;
const listeners = new Set<Listener>();
let known: SignedInUser | null = null;

/**
 * Sign-in runs without Apollo Client, so it announces the new user here; the signed-in shell
 * (which owns the Apollo cache) listens and writes it to the cache, replacing a stale "nobody".
 */
export function announceSignedIn(user: SignedInUser): void {
  known = user;
  for (const listener of listeners) listener(user);
}

export function onSignedIn(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Who signed in or was found signed in during this page load, if anyone. */
export function knownUser(): SignedInUser | null {
  return known;
}

/** Forgets the user, e.g. when the API says the session is gone. */
export function forgetUser(): void {
  known = null;
}

/** Who is signed in; index.html's early request sends the same. */
export const SESSION_QUERY = 'query PortalSession { me { id displayName } }';

export type SessionCheck = { state: 'signed-in'; user: SignedInUser } | { state: 'signed-out' };

/**
 * Asks the API who is signed in, over plain fetch, so that a signed-out visitor never downloads
 * Apollo Client. Throws when the server cannot be reached (the caller decides what to show).
 */
export async function checkSession(fetchImpl?: typeof fetch): Promise<SessionCheck> {
  // index.html may have asked already, before the scripts arrived (see early/early-script.ts).
  const early = fetchImpl ? undefined : takeEarly('session');
  const send = fetchImpl ?? (early ? () => early : undefined);
  const result = await postGraphQL<{ me: SignedInUser | null }, Record<string, never>>(
    SESSION_QUERY,
    {},
    send ? { fetch: send } : {},
  );
  if (result.data === undefined || result.data === null) {
    throw new Error(result.errors?.[0]?.message ?? 'no answer to the session check');
  }
  const user = result.data.me;
  // (Loans asked for early for nobody are dropped by index.html's script itself.)
  if (!user) return { state: 'signed-out' };
  known = user;
  return { state: 'signed-in', user };
}
