import { useQuery } from '@apollo/client/react';
import { EmptyState, ErrorState, LoadingState, Page } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { ME_QUERY } from './me-query';

/** Home placeholder: greets the survivor; the loan summary comes in a later step. */
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
      <EmptyState title={t('home.comingSoonTitle')}>
        <p>{t('home.comingSoonBody')}</p>
      </EmptyState>
    </Page>
  );
}
