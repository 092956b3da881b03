import { EmptyState, Page } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { useMe } from '../shell/use-me';

/** Start page: greets the staff member; indicator charts arrive in a later step. */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <Page title={t('dashboard.title', { name: me.displayName })} titleSuffix={t('app.name')}>
      <p>{t('dashboard.role', { role: me.role })}</p>
      <EmptyState title={t('dashboard.comingSoonTitle')}>
        <p>{t('dashboard.comingSoonBody')}</p>
      </EmptyState>
    </Page>
  );
}
