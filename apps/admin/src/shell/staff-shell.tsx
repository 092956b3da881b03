import { useQuery } from '@apollo/client/react';
import { ErrorState, Layout, LoadingState, Page } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ME_QUERY } from '../auth/me-query';
import { signInPath } from '../sign-in/return-path';
import { isStaffRole } from '../auth/roles';
import { LanguageControl } from './language-control';
import { SignOutButton } from './sign-out-button';
import { StaffNav } from './staff-nav';

/** Everything after sign-in: checks who is there, then frames the screens with their menu. */
export function StaffShell() {
  const { t } = useTranslation();
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ME_QUERY);
  const me = data?.me;

  let content;
  if (loading && !data) content = <LoadingState label={t('shell.loading')} />;
  else if (error)
    content = (
      <ErrorState
        title={t('shell.errorTitle')}
        message={t('shell.errorBody')}
        retryLabel={t('shell.retry')}
        onRetry={() => void refetch().catch(() => undefined)}
      />
    );
  else if (!me) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  else if (!isStaffRole(me.role))
    content = (
      <Page title={t('shell.notStaffTitle')} titleSuffix={t('app.name')}>
        <p>{t('shell.notStaffBody')}</p>
      </Page>
    );
  else content = <Outlet context={me} />;

  return (
    <Layout
      skipLinkLabel={t('app.skipToContent')}
      brand={t('app.name')}
      actions={
        <>
          {me && (
            <span className="admin-user">{t('shell.signedInAs', { name: me.displayName })}</span>
          )}
          <LanguageControl />
          {me && <SignOutButton />}
        </>
      }
      navigation={me && isStaffRole(me.role) ? <StaffNav role={me.role} /> : undefined}
      navigationLabel={t('nav.label')}
    >
      {content}
    </Layout>
  );
}
