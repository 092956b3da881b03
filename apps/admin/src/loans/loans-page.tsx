import { useQuery } from '@apollo/client/react';
import { Page } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../forms/select-field';
import { appendEdges, LoadMore } from '../shell/load-more';
import { QueryStates } from '../shell/query-states';
import { RequireRole } from '../shell/require-role';
import { LOANS_QUERY, type LoanStatus } from './loan-documents';
import { LoanStatusBadge } from './loan-status-badge';
import { LoanMoney, LoanTable } from './loan-table';

const STATUSES: LoanStatus[] = [
  'SUBMITTED',
  'APPROVED',
  'ACTIVE',
  'REPAID',
  'WRITTEN_OFF',
  'REJECTED',
  'WITHDRAWN',
];

export function LoansPage() {
  return (
    <RequireRole roles={['ADMIN', 'CASE_MANAGER']}>
      <Loans />
    </RequireRole>
  );
}

function Loans() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  const { data, loading, error, refetch, fetchMore } = useQuery(LOANS_QUERY, {
    variables: { first: 100, filter: status ? { status: [status as LoanStatus] } : {} },
  });
  const loans = data?.loans.edges.map((e) => e.node) ?? [];
  const body = (
    <QueryStates
      error={error}
      loading={loading}
      data={data}
      isEmpty={() => loans.length === 0}
      errorTitle={t('loans.errorTitle')}
      loadingLabel={t('loans.loading')}
      emptyTitle={t('loans.empty')}
      onRetry={refetch}
    >
      {(d) => (
        <>
          <LoanTable
            caption={t('loans.title')}
            loans={loans}
            columns={[
              {
                header: t('loan.fields.status'),
                cell: (l) => <LoanStatusBadge status={l.status} />,
              },
              {
                header: t('loan.fields.principal'),
                cell: (l) => <LoanMoney value={l.principal} />,
              },
            ]}
          />
          <LoadMore
            shown={loans.length}
            total={d.loans.totalCount}
            pageInfo={d.loans.pageInfo}
            onLoadMore={(after) =>
              fetchMore({ variables: { after }, updateQuery: appendEdges('loans') })
            }
          />
        </>
      )}
    </QueryStates>
  );
  return (
    <Page title={t('nav.loans')} titleSuffix={t('app.name')}>
      <p>{t('loans.intro')}</p>
      <SelectField
        label={t('loan.fields.status')}
        placeholder={t('loans.allStatuses')}
        options={STATUSES.map((s) => ({ value: s, label: t(`loan.status.${s}`) }))}
        value={status}
        onChange={(e) => setStatus(e.target.value)}
      />
      {body}
    </Page>
  );
}
