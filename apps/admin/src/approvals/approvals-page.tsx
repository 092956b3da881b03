import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadingState, MoneyText, Page } from '@revolve/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DecisionForm } from '../loans/decision-form';
import { LOANS_QUERY } from '../loans/loan-documents';
import { RequireRole } from '../shell/require-role';
import { BusinessPlan } from '../loans/business-plan';

export const QUEUE_VARIABLES = { first: 50, filter: { status: ['SUBMITTED' as const] } };

export function ApprovalsPage() {
  return (
    <RequireRole roles={['APPROVER']}>
      <Approvals />
    </RequireRole>
  );
}

/** The committee's queue: each application with its business plan and the decision beside it. */
function Approvals() {
  const { t, i18n } = useTranslation();
  const [notice, setNotice] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(LOANS_QUERY, {
    variables: QUEUE_VARIABLES,
    fetchPolicy: 'cache-and-network',
  });
  const loans = data?.loans.edges.map((e) => e.node) ?? [];

  let body;
  if (error)
    body = (
      <ErrorState
        title={t('approvals.errorTitle')}
        message={t('survivors.errorBody')}
        retryLabel={t('survivors.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  else if (loading && !data) body = <LoadingState label={t('approvals.loading')} />;
  else if (loans.length === 0) body = <EmptyState title={t('approvals.empty')} />;
  else
    body = (
      <ul className="loan-queue">
        {loans.map((l) => (
          <li key={l.id} className="admin-section admin-panel">
            <article aria-labelledby={`queue-${l.id}`}>
              <h2 id={`queue-${l.id}`}>
                <Link to={`/loans/${l.id}`}>{l.reference}</Link> · {l.beneficiary.code}{' '}
                {l.beneficiary.fullName ?? ''} ({l.beneficiary.district.name})
              </h2>
              <p>
                <MoneyText
                  amount={l.principal.amount}
                  currency={l.principal.currency}
                  locale={i18n.language}
                />
                {' · '}
                {t('loan.termValue', { term: l.termMonths, grace: l.graceMonths })}
                {' · '}
                {l.product.name}, {t(`loan.purposes.${l.purpose}`)}
              </p>
              <BusinessPlan loan={l} />
              <DecisionForm
                loanId={l.id}
                reference={l.reference}
                onDone={(d) => {
                  setNotice(t(`approvals.${d}`, { reference: l.reference }));
                  void refetch().catch(() => undefined);
                }}
              />
            </article>
          </li>
        ))}
      </ul>
    );

  return (
    <Page title={t('approvals.title')} titleSuffix={t('app.name')}>
      <p>{t('approvals.intro')}</p>
      <div role="status">{notice && <p className="admin-notice">{notice}</p>}</div>
      {body}
    </Page>
  );
}
