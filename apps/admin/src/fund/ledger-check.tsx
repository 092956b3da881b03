import { gql, type TypedDocumentNode } from '@apollo/client';
import { useLazyQuery } from '@apollo/client/react';
import { Button, StatusBadge } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { bakuTimeFormat } from '../shell/baku-time';

interface LedgerVerification {
  __typename?: 'LedgerVerification';
  balanced: boolean;
  unbalancedEntries: number;
  totalsMismatches: number;
  portfolioAgrees: boolean;
  verifiedAt: string;
}

export const VERIFY_LEDGER_QUERY: TypedDocumentNode<{ verifyLedger: LedgerVerification }> = gql`
  query AdminVerifyLedger {
    verifyLedger {
      balanced
      unbalancedEntries
      totalsMismatches
      portfolioAgrees
      verifiedAt
    }
  }
`;

/**
 * The full ledger check on demand: every journal line against the running totals the fund page
 * reads, and the portfolio against every instalment. Seconds on a large ledger, so never on load.
 */
export function LedgerCheck() {
  const { t, i18n } = useTranslation();
  const [verify, { data, loading, error }] = useLazyQuery(VERIFY_LEDGER_QUERY, {
    fetchPolicy: 'network-only',
  });
  const v = data?.verifyLedger;
  const when = bakuTimeFormat(i18n.language);
  const problems = v
    ? [
        v.unbalancedEntries > 0 && t('fund.check.unbalanced', { count: v.unbalancedEntries }),
        v.totalsMismatches > 0 && t('fund.check.totals', { count: v.totalsMismatches }),
        !v.portfolioAgrees && t('fund.check.portfolio'),
      ].filter((p): p is string => !!p)
    : [];
  return (
    <div className="ledger-check">
      <p className="admin-muted">{t('fund.check.explain')}</p>
      <Button
        variant="secondary"
        busy={loading}
        busyLabel={t('fund.check.running')}
        onClick={() => void verify().catch(() => undefined)}
      >
        {t('fund.check.run')}
      </Button>
      <div role="status">
        {error && !loading && <p>{t('fund.check.failed')}</p>}
        {v && !loading && (
          <p>
            <StatusBadge
              tone={v.balanced ? 'success' : 'danger'}
              label={v.balanced ? t('fund.check.ok') : t('fund.ledgerUnbalanced')}
            />{' '}
            {t('fund.check.at', { time: when.format(new Date(v.verifiedAt)) })}
          </p>
        )}
        {problems.length > 0 && !loading && (
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
