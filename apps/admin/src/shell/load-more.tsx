import { Button } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface LoadMoreProps {
  shown: number;
  total: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** Fetches the page after `after` and appends it (Apollo's fetchMore). */
  onLoadMore: (after: string) => Promise<unknown>;
}

/**
 * "Show more" under a cursor-paged table: how many of how many are shown (announced when it
 * changes), and a button while more remain. Focus stays on the button, so keyboard users go on.
 */
export function LoadMore({ shown, total, pageInfo, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const more = pageInfo.hasNextPage && pageInfo.endCursor;
  const load = async () => {
    if (!pageInfo.endCursor) return;
    setBusy(true);
    setFailed(false);
    try {
      await onLoadMore(pageInfo.endCursor);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="admin-pager">
      <p role="status">{t('paging.shown', { shown, total })}</p>
      {failed && <p className="admin-inline-error">{t('paging.failed')}</p>}
      {more && (
        <Button
          variant="secondary"
          busy={busy}
          busyLabel={t('paging.loading')}
          onClick={() => void load()}
        >
          {t('paging.more')}
        </Button>
      )}
    </div>
  );
}

/** Apollo updateQuery for connections: the new page's edges after the ones already shown. */
export function appendEdges<K extends string, C extends { edges: unknown[] }>(key: K) {
  return (prev: Record<K, C>, { fetchMoreResult }: { fetchMoreResult: Record<K, C> }) =>
    ({
      ...fetchMoreResult,
      [key]: {
        ...fetchMoreResult[key],
        edges: [...prev[key].edges, ...fetchMoreResult[key].edges],
      },
    }) as Record<K, C>;
}
