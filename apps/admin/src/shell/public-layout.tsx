import { Layout } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageControl } from './language-control';

/** Frame for screens shown before sign-in. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Layout
      skipLinkLabel={t('app.skipToContent')}
      brand={t('app.name')}
      actions={<LanguageControl />}
    >
      <Outlet />
    </Layout>
  );
}
