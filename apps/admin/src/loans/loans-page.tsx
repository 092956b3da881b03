import { useQuery } from '@apollo/client/react';
import { MoneyText, Page } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '../forms/select-field';
import { QueryStates } from '../shell/query-states';
import { RequireRole } from '../shell/require-role';
import { LOANS_QUERY, type LoanStatus } from './loan-documents';
import { LoanStatusBadge } from './loan-status-badge';

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
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState('');
  const { data, loading, error, refetch } = useQuery(LOANS_QUERY, {
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
      {() => (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption className="admin-visually-hidden">{t('loans.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('arrears.loan')}</th>
                <th scope="col">{t('arrears.borrower')}</th>
                <th scope="col">{t('arrears.district')}</th>
                <th scope="col">{t('loan.fields.status')}</th>
                <th scope="col">{t('loan.fields.principal')}</th>
                <th scope="col">{t('loan.fields.outstanding')}</th>
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
                  <td>
                    <LoanStatusBadge status={l.status} />
                  </td>
                  <td>
                    <MoneyText
                      amount={l.principal.amount}
                      currency={l.principal.currency}
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
