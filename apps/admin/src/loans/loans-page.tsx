import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadingState, MoneyText, Page } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '../forms/select-field';
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
  let body;
  if (error)
    body = (
      <ErrorState
        title={t('loans.errorTitle')}
        message={t('survivors.errorBody')}
        retryLabel={t('survivors.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  else if (loading && !data) body = <LoadingState label={t('loans.loading')} />;
  else if (loans.length === 0) body = <EmptyState title={t('loans.empty')} />;
  else
    body = (
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
