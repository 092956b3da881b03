import { useQuery } from '@apollo/client/react';
import { Page } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { LOANS_QUERY } from '../loans/loan-documents';
import { LoanMoney, LoanTable } from '../loans/loan-table';
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
  const { t } = useTranslation();
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
        <LoanTable
          caption={t('arrears.title')}
          loans={loans}
          columns={[
            { header: t('arrears.days'), cell: (l) => l.daysPastDue },
            { header: t('arrears.overdue'), cell: (l) => <LoanMoney value={l.overdue} /> },
          ]}
        />
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
