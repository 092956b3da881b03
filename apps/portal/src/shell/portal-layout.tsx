import { LanguageSwitch, Layout, switchLanguage } from '@revolve/ui';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';

/** The frame around every portal screen: skip link, name, language switch. */
export function PortalLayout() {
  const { t, i18n } = useTranslation();
  return (
    <Layout
      skipLinkLabel={t('app.skipToContent')}
      brand={<span>{t('app.name')}</span>}
      actions={
        <LanguageSwitch
          current={i18n.resolvedLanguage ?? i18n.language}
          label={t('language.label')}
          onChange={(language) => void switchLanguage(i18n, language)}
        />
      }
      footer={t('app.tagline')}
    >
      <Outlet />
    </Layout>
  );
}
