/**
 * Where to go after signing in: the `next` path the app was sent away from, when it is a path
 * inside this app. Anything else (another site, "//host", the sign-in page) goes to the start,
 * so the parameter cannot be used to send staff elsewhere.
 */
export function returnPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next === '/sign-in' || next.startsWith('/sign-in?') || next.startsWith('/sign-in/'))
    return '/';
  return next;
}

/** The sign-in address that comes back to `path` (relative to /admin) afterwards. */
export function signInPath(path: string): string {
  return path === '/' || path === '' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(path)}`;
}

interface RouterLike {
  /** e.g. "/admin": the router's locations include it; its navigate() adds it itself. */
  basename?: string;
  state: { location: { pathname: string; search: string } };
  navigate: (to: string) => Promise<void> | void;
}

/** Sends the user to sign in, remembering where they were (unless already on sign-in). */
export function goToSignIn(router: RouterLike): void {
  const base = router.basename && router.basename !== '/' ? router.basename : '';
  const { pathname, search } = router.state.location;
  const path = pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
  if (path === '/sign-in') return;
  void router.navigate(signInPath(`${path}${search}`));
}
