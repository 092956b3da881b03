/**
 * What index.html's inline script (early-script.ts) asked the API while the app's scripts were
 * still downloading: the session check and, on the loan screens, the loans. Each answer is used
 * once, by the first request that would have asked the same (apollo-client.ts has the loans
 * one); later ones go to the network.
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
  const early = window.__revolveEarly;
  const answer = early?.[name];
  if (early) delete early[name];
  return answer;
}
