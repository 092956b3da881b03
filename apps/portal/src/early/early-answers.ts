/**
 * What index.html's inline script (early-script.ts) asked the API while the app's scripts were
 * still downloading: the session check and, on the loan screens, the loans. Each answer is used
 * once, by the first request that would have asked the same; later ones go to the network.
 */
export interface EarlyRequests {
  session?: Promise<Response>;
  loans?: Promise<Response>;
}

declare global {
  interface Window {
    __revolveEarly?: EarlyRequests;
  }
}

/** The early answer to `name`, at most once; undefined when there is none (left). */
export function takeEarly(name: keyof EarlyRequests): Promise<Response> | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__revolveEarly;
  const answer = early?.[name];
  if (early) delete early[name];
  return answer;
}

/** The operation name in a GraphQL POST body, if it is one. */
function operationName(init?: RequestInit): string | undefined {
  if (typeof init?.body !== 'string') return undefined;
  try {
    const body = JSON.parse(init.body) as { operationName?: unknown };
    return typeof body.operationName === 'string' ? body.operationName : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A fetch for Apollo Client that answers the first `operation` from the early `name` request
 * instead of asking again, so the screen renders with data as soon as its scripts have run.
 */
export function fetchWithEarly(
  name: keyof EarlyRequests,
  operation: string,
  send: typeof fetch = (input, init) => globalThis.fetch(input, init),
): typeof fetch {
  return (input, init) => {
    const early = operationName(init) === operation ? takeEarly(name) : undefined;
    return early ?? send(input, init);
  };
}
