import { Button } from '@revolve/ui';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PageRange {
  from: number;
  to: number;
  total: number;
}

export interface TrailPagerProps {
  /** The cursors that led to this page (kept in the address, so Back and links work). */
  trail: readonly string[];
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  total: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  /** "21–40 of 95 survivors": each list words its own count. */
  count: (range: PageRange) => string;
  /** Moves to the page the new trail leads to. */
  onGo: (trail: string[]) => void;
  /** More buttons beside the pager (e.g. an export of this page). */
  actions?: ReactNode;
  /** The page's table. */
  children: ReactNode;
}

/**
 * Page-by-page lists (survivors, audit log): the range shown above the table (announced when
 * it changes), Previous / Page N / Next below it. "Show more" lists use LoadMore instead.
 */
export function TrailPager({
  trail,
  pageSize,
  shown,
  total,
  pageInfo,
  count,
  onGo,
  actions,
  children,
}: TrailPagerProps) {
  const { t } = useTranslation();
  const pageNumber = trail.length + 1;
  const from = trail.length * pageSize + 1;
  return (
    <>
      <p aria-live="polite" className="admin-muted">
        {count({ from, to: from - 1 + shown, total })}
      </p>
      {children}
      <nav className="admin-pager" aria-label={t('survivors.pager')}>
        <Button
          variant="secondary"
          disabled={pageNumber === 1}
          onClick={() => onGo(trail.slice(0, -1))}
        >
          {t('survivors.previous')}
        </Button>
        <span>{t('survivors.page', { page: pageNumber })}</span>
        <Button
          variant="secondary"
          disabled={!pageInfo.hasNextPage || !pageInfo.endCursor}
          onClick={() => onGo([...trail, pageInfo.endCursor ?? ''])}
        >
          {t('survivors.next')}
        </Button>
        {actions}
      </nav>
    </>
  );
}
