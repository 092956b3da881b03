import { LoadingState, Page } from '@revolve/ui';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireRole } from '../shell/require-role';

// A second split inside the route: the page (and its role check) shows at once, the editor follows.
const GraphiqlExplorer = lazy(() => import('./graphiql-explorer'));

export function ExplorerPage() {
  return (
    <RequireRole roles={['ANALYST', 'ADMIN']}>
      <Explorer />
    </RequireRole>
  );
}

function Explorer() {
  const { t } = useTranslation();
  return (
    <Page title={t('nav.explorer')} titleSuffix={t('app.name')}>
      <p>{t('explorer.intro')}</p>
      <p className="admin-muted">{t('explorer.privacy')}</p>
      <div className="admin-explorer" role="region" aria-label={t('explorer.editor')}>
        <Suspense fallback={<LoadingState label={t('explorer.loading')} />}>
          <GraphiqlExplorer />
        </Suspense>
      </div>
    </Page>
  );
}
