import { useQuery } from '@apollo/client/react';
import { Button, DateText } from '@revolve/ui';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoanMoney } from '../loans/loan-table';
import { QueryStates } from '../shell/query-states';
import { type RecentPeriod, recentSince } from './recent-since';
import { RECENT_REPAYMENTS_QUERY } from './repayments-documents';

/** What was recorded today or this week in the chosen districts, newest first. */
export function RecentRepayments({
  districtIds,
  recordedCount,
}: {
  districtIds?: string[];
  /** Goes up each time the sheet records a repayment: the list then asks again. */
  recordedCount: number;
}) {
  const { t, i18n } = useTranslation();
  const [period, setPeriod] = useState<RecentPeriod>('today');
  // Computed once per choice, so a re-render does not ask again with a new instant.
  const [since, setSince] = useState(() => recentSince('today'));
  const { data, loading, error, refetch } = useQuery(RECENT_REPAYMENTS_QUERY, {
    variables: districtIds ? { since, districtIds } : { since },
  });
  useEffect(() => {
    if (recordedCount > 0) void refetch().catch(() => undefined);
  }, [recordedCount, refetch]);
  const time = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  const choose = (p: RecentPeriod) => {
    setPeriod(p);
    setSince(recentSince(p));
  };
  return (
    <section aria-labelledby="recent-repayments-heading" className="repayments-recent">
      <h2 id="recent-repayments-heading">{t('repayments.recentTitle')}</h2>
      <div role="group" aria-label={t('repayments.recentPeriod')} className="repayments-toggle">
        {(['today', 'week'] as const).map((p) => (
          <Button
            key={p}
            variant={period === p ? 'primary' : 'secondary'}
            aria-pressed={period === p}
            onClick={() => choose(p)}
          >
            {t(`repayments.period.${p}`)}
          </Button>
        ))}
      </div>
      <QueryStates
        error={error}
        loading={loading}
        data={data?.recentRepayments}
        isEmpty={(rows) => rows.length === 0}
        errorTitle={t('repayments.recentError')}
        loadingLabel={t('repayments.recentLoading')}
        emptyTitle={t(`repayments.recentEmpty.${period}`)}
        onRetry={refetch}
      >
        {(rows) => (
          <div className="admin-table-wrap">
            <table className="admin-table">
              <caption className="admin-visually-hidden">
                {t('repayments.recentCaption', { count: rows.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('repayments.recordedAt')}</th>
                  <th scope="col">{t('arrears.loan')}</th>
                  <th scope="col">{t('arrears.borrower')}</th>
                  <th scope="col">{t('loan.repayment.amountShort')}</th>
                  <th scope="col">{t('loan.repayment.paidOn')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ repayment: r, loan }) => (
                  <tr key={r.id}>
                    <td>
                      <time dateTime={r.recordedAt}>{time.format(new Date(r.recordedAt))}</time>
                    </td>
                    <td className="admin-nowrap">
                      <Link to={`/loans/${loan.id}`}>{loan.reference}</Link>
                    </td>
                    <td>
                      {loan.beneficiary.code} {loan.beneficiary.fullName ?? ''}
                    </td>
                    <td className="admin-nowrap">
                      {r.reversedAt ? (
                        <>
                          <del>
                            <LoanMoney value={r.amount} />
                          </del>{' '}
                          {t('repayments.reversed')}
                        </>
                      ) : (
                        <LoanMoney value={r.amount} />
                      )}
                    </td>
                    <td className="admin-nowrap">
                      <DateText value={r.paidOn} locale={i18n.language} dateStyle="medium" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryStates>
    </section>
  );
}
