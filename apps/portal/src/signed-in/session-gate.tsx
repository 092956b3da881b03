import {
  createContext,
  lazy,
  startTransition,
  Suspense,
  useContext,
  useEffect,
  useState,
} from 'react';
import { Navigate } from 'react-router';
import { checkSession, knownUser, type SessionCheck } from '../session';
import { RouteLoading } from '../shell/route-loading';

/** How the gate asks who is signed in; tests give their own answer. */
export const SessionCheckContext = createContext<() => Promise<SessionCheck>>(() => checkSession());

// Apollo Client comes with the shell, and only once someone is signed in.
const SignedInShell = lazy(async () => ({
  default: (await import('./signed-in-shell')).SignedInShell,
}));

type GateState = 'checking' | 'signed-in' | 'signed-out';

/**
 * In front of every signed-in screen: a signed-out visitor goes to sign-in without downloading
 * Apollo Client or any signed-in screen. When the server cannot be reached the screens still
 * open, so the last loan figures seen can be shown from the device.
 */
export function SessionGate() {
  const check = useContext(SessionCheckContext);
  const [state, setState] = useState<GateState>(() => (knownUser() ? 'signed-in' : 'checking'));

  useEffect(() => {
    if (state !== 'checking') return;
    // Most visitors here are signed in: fetch the shell (Apollo Client; home is in its chunk)
    // while the session check is on its way, instead of one round trip after the other.
    void import('./signed-in-shell').catch(() => undefined);
    let live = true;
    // A transition: "checking" stays until the shell and the screen are ready (see below).
    const settle = (next: GateState) => live && startTransition(() => setState(next));
    check().then(
      (result) => settle(result.state),
      () => settle('signed-in'),
    );
    return () => {
      live = false;
    };
  }, [check, state]);

  if (state === 'signed-out') return <Navigate to="/sign-in" replace />;
  // The boundary is there while checking too: the switch to signed-in (a transition) then keeps
  // "checking" on screen until the shell and the screen have loaded, instead of showing this
  // new boundary's fallback first and holding it (React keeps a fallback for at least 300 ms).
  return (
    <Suspense fallback={<RouteLoading />}>
      {state === 'checking' ? <RouteLoading /> : <SignedInShell />}
    </Suspense>
  );
}
