import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { MY_LOANS_QUERY, type MyLoansData } from './my-loans-query';

const STORAGE_KEY = 'revolve.portal.myLoans';

interface Saved {
  data: MyLoansData;
  /** ISO instant the figures came from the server. */
  fetchedAt: string;
}

function readSaved(): Saved | null {
  try {
    const text = window.localStorage.getItem(STORAGE_KEY);
    const saved = text ? (JSON.parse(text) as Saved) : null;
    return saved && Array.isArray(saved.data?.myLoans) && typeof saved.fetchedAt === 'string'
      ? saved
      : null;
  } catch {
    return null;
  }
}

function save(data: MyLoansData, now: Date): void {
  try {
    window.localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({ data, fetchedAt: now.toISOString() }),
    );
  } catch {
    // Full or blocked storage: the figures just are not kept for offline use.
  }
}

/** Forget the saved figures, e.g. on sign-out, so the next person on the phone cannot see them. */
export function clearSavedLoans(): void {
  try {
    window.localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was kept.
  }
}

export interface MyLoansState {
  data: MyLoansData | undefined;
  loading: boolean;
  error: boolean;
  /** Set when the figures shown are the last ones seen, because the server could not be reached. */
  savedAt: string | null;
  refetch: () => void;
}

/**
 * myLoans, kept on the phone: when the connection drops, the last figures seen stay on screen,
 * marked with when they were fetched.
 */
export function useMyLoans(): MyLoansState {
  const { data, loading, error, refetch } = useQuery(MY_LOANS_QUERY, {
    notifyOnNetworkStatusChange: true,
  });
  useEffect(() => {
    if (data) save(data, new Date());
  }, [data]);
  const retry = () => void refetch().catch(() => undefined);
  // Only a dropped connection falls back to the phone's copy; a refusal from the API does not.
  if (error && !data && !CombinedGraphQLErrors.is(error)) {
    const saved = readSaved();
    if (saved)
      return { data: saved.data, loading, error: false, savedAt: saved.fetchedAt, refetch: retry };
  }
  return { data, loading, error: Boolean(error), savedAt: null, refetch: retry };
}
