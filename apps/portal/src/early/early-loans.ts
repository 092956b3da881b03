import { type ApolloClient } from '@apollo/client';
import { MY_LOANS_QUERY, type MyLoansData } from '../loans/my-loans-query';
import { takeEarly } from './early-answers';

interface EarlyLoans {
  status: number;
  answer: { data?: MyLoansData | null; errors?: unknown[] };
}

let read: EarlyLoans | undefined;

/**
 * Starts reading the loans index.html asked for, as soon as the signed-in chunk runs (usually
 * before the session check has let anyone through): when they are in by the time home first
 * renders, home renders once, with its figures, instead of "loading" and then again. The answer
 * is put back for Apollo Client's first loans query, for when it is not in yet; a failure stays
 * a failure there (the last figures seen take over).
 */
export function readEarlyLoans(): void {
  const early = takeEarly('loans');
  if (!early) return;
  const reading = early.then(async (response) => ({
    status: response.status,
    answer: (await response.json()) as EarlyLoans['answer'],
  }));
  reading.then(
    (loans) => (read = loans),
    () => undefined,
  );
  const again = reading.then(
    ({ status, answer }) =>
      new Response(JSON.stringify(answer), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  );
  again.catch(() => undefined);
  // The same object: index.html's script still drops it there if the session says signed out.
  const requests = (window.__revolveEarly ??= {});
  requests.loans = again;
}

/**
 * Puts the early loans in Apollo's cache if they are in and complete; true when it did. One
 * chance, when the page's client is made: otherwise Apollo's first loans query takes them.
 */
export function seedEarlyLoans(client: ApolloClient): boolean {
  const loans = read;
  read = undefined;
  if (!loans || loans.status !== 200 || loans.answer.errors?.length) return false;
  if (!loans.answer.data?.myLoans) return false;
  client.writeQuery({ query: MY_LOANS_QUERY, data: loans.answer.data });
  // Cached now: a later refetch must ask the server, not get these again.
  void takeEarly('loans')?.catch(() => undefined);
  return true;
}
