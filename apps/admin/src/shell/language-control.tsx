import { LanguageSwitch, switchLanguage } from '@revolve/ui';
import { useTranslation } from 'react-i18next';

export function LanguageControl() {
  const { t, i18n } = useTranslation();
  return (
    <LanguageSwitch
      current={i18n.resolvedLanguage ?? i18n.language}
      label={t('language.label')}
      onChange={(language) => void switchLanguage(i18n, language)}
    />
  );
}
