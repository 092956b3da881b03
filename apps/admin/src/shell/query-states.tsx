import { EmptyState, ErrorState, LoadingState } from '@revolve/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface QueryStatesProps<T> {
  /** The query's error, if any: shown first, with a retry. */
  error: unknown;
  loading: boolean;
  /** The part of the answer the body needs; absent while nothing has arrived. */
  data: T | null | undefined;
  /** Whether an answer that did arrive has nothing to list. */
  isEmpty: (data: T) => boolean;
  errorTitle: string;
  loadingLabel: string;
  emptyTitle: string;
  /** Extra words under the empty title. */
  emptyBody?: ReactNode;
  /** Runs the query again; a failure shows up through `error`, so it is not rethrown. */
  onRetry: () => Promise<unknown>;
  children: (data: T) => ReactNode;
}

/**
 * The states around a list query, in the order staff see them: the error, the
 * first load, nothing to show, or the body with the data that arrived.
 */
export function QueryStates<T>({
  error,
  loading,
  data,
  isEmpty,
  errorTitle,
  loadingLabel,
  emptyTitle,
  emptyBody,
  onRetry,
  children,
}: QueryStatesProps<T>) {
  const { t } = useTranslation();
  if (error)
    return (
      <ErrorState
        title={errorTitle}
        message={t('survivors.errorBody')}
        retryLabel={t('survivors.retry')}
        onRetry={() => void onRetry().catch(() => undefined)}
      />
    );
  if (loading && data == null) return <LoadingState label={loadingLabel} />;
  if (data == null || isEmpty(data)) return <EmptyState title={emptyTitle}>{emptyBody}</EmptyState>;
  return <>{children(data)}</>;
}
