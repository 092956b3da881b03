import { useQuery } from '@apollo/client/react';
import { ErrorState, LoadingState, MoneyText } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LOANS_QUERY } from '../loans/loan-documents';
import { LoanStatusBadge } from '../loans/loan-status-badge';
import { useMe } from '../shell/use-me';

/** The survivor's loans with links, and for case managers the way to a new application. */
export function LoansSection({ beneficiaryId }: { beneficiaryId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { data, loading, error, refetch } = useQuery(LOANS_QUERY, {
    variables: { first: 50, filter: { beneficiaryId } },
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
  else if (loans.length === 0) body = <p className="admin-muted">{t('loans.noneForSurvivor')}</p>;
  else
    body = (
      <ul>
        {loans.map((l) => (
          <li key={l.id}>
            <Link to={`/loans/${l.id}`}>{l.reference}</Link>{' '}
            <MoneyText
              amount={l.principal.amount}
              currency={l.principal.currency}
              locale={i18n.language}
            />{' '}
            <LoanStatusBadge status={l.status} />
          </li>
        ))}
      </ul>
    );
  return (
    <section className="admin-section" aria-labelledby="loans-heading">
      <h2 id="loans-heading">{t('loans.fileTitle')}</h2>
      {body}
      {me.role === 'CASE_MANAGER' && (
        <p>
          <Link
            className="rv-button rv-button--secondary"
            to={`/beneficiaries/${beneficiaryId}/apply`}
          >
            {t('application.start')}
          </Link>
        </p>
      )}
    </section>
  );
}
