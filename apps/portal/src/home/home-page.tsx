import { useQuery } from '@apollo/client/react';
import { ErrorState, LoadingState, Page } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { CaseManagerCard } from '../case-manager/case-manager-card';
import { WithCurrentLoan } from '../loans/loan-states';
import { LoanSummary } from './loan-summary';
import { ME_QUERY } from './me-query';

/** Home: greets the survivor, then what is left to pay, the next payment and the loan's status. */
export function HomePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(ME_QUERY);

  if (loading && !data) return <LoadingState label={t('home.loading')} />;
  if (error) {
    return (
      <ErrorState
        title={t('home.errorTitle')}
        message={t('home.errorBody')}
        retryLabel={t('home.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  }
  if (!data?.me) return <Navigate to="/sign-in" replace />;

  return (
    <Page title={t('home.title', { name: data.me.displayName })} titleSuffix={t('app.name')}>
      {/* The case manager comes after the loan, so the loan's arrival cannot push it down. */}
      <WithCurrentLoan after={<CaseManagerCard quietWhileLoading />}>
        {(loan) => <LoanSummary loan={loan} />}
      </WithCurrentLoan>
    </Page>
  );
}
