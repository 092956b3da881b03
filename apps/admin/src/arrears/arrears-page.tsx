import { useQuery } from '@apollo/client/react';
import { MoneyText, Page } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LOANS_QUERY } from '../loans/loan-documents';
import { QueryStates } from '../shell/query-states';
import { RequireRole } from '../shell/require-role';

export const ARREARS_VARIABLES = { first: 100, filter: { minDaysPastDue: 1 } };

export function ArrearsPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER']}>
      <Arrears />
    </RequireRole>
  );
}

/** Loans with a payment past due, the longest overdue first, to follow up. */
function Arrears() {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(LOANS_QUERY, {
    variables: ARREARS_VARIABLES,
  });
  const loans = [...(data?.loans.edges.map((e) => e.node) ?? [])].sort(
    (a, b) => b.daysPastDue - a.daysPastDue,
  );
  const body = (
    <QueryStates
      error={error}
      loading={loading}
      data={data}
      isEmpty={() => loans.length === 0}
      errorTitle={t('arrears.errorTitle')}
      loadingLabel={t('arrears.loading')}
      emptyTitle={t('arrears.empty')}
      onRetry={refetch}
    >
      {() => (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="admin-visually-hidden">{t('arrears.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('arrears.loan')}</th>
                <th scope="col">{t('arrears.borrower')}</th>
                <th scope="col">{t('arrears.district')}</th>
                <th scope="col">{t('arrears.days')}</th>
                <th scope="col">{t('arrears.overdue')}</th>
                <th scope="col">{t('arrears.outstanding')}</th>
              </tr>
            </thead>
            <tbody>
              {loans.map((l) => (
                <tr key={l.id}>
                  <td>
                    <Link to={`/loans/${l.id}`}>{l.reference}</Link>
                  </td>
                  <td>
                    {l.beneficiary.code} {l.beneficiary.fullName ?? ''}
                  </td>
                  <td>{l.beneficiary.district.name}</td>
                  <td>{l.daysPastDue}</td>
                  <td>
                    <MoneyText
                      amount={l.overdue.amount}
                      currency={l.overdue.currency}
                      locale={i18n.language}
                    />
                  </td>
                  <td>
                    <MoneyText
                      amount={l.outstanding.amount}
                      currency={l.outstanding.currency}
                      locale={i18n.language}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </QueryStates>
  );
  return (
    <Page title={t('arrears.title')} titleSuffix={t('app.name')}>
      <p>{t('arrears.intro', { count: data?.loans.totalCount ?? 0 })}</p>
      {body}
    </Page>
  );
}
