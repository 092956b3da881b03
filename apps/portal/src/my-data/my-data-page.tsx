import { LanguageSwitch, Page, switchLanguage } from '@revolve/ui';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CaseManagerCard } from '../case-manager/case-manager-card';

/**
 * What the programme keeps and who sees it, in plain words; the language choice; how to reach
 * the case manager (name, phone and a call button).
 */
export function MyDataPage() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <Page title={t('myData.title')} titleSuffix={t('app.name')}>
      <section className="pt-card" aria-labelledby={`${id}-keeps`}>
        <h2 id={`${id}-keeps`}>{t('myData.keepsHeading')}</h2>
        <p>{t('myData.keeps')}</p>
      </section>
      <section className="pt-card" aria-labelledby={`${id}-who`}>
        <h2 id={`${id}-who`}>{t('myData.whoHeading')}</h2>
        <ul>
          <li>{t('myData.whoStaff')}</li>
          <li>{t('myData.whoCommittee')}</li>
          <li>{t('myData.whoDonors')}</li>
        </ul>
        <p>{t('myData.consent')}</p>
      </section>
      <CaseManagerCard />
      <section className="pt-card" aria-labelledby={`${id}-language`}>
        <h2 id={`${id}-language`}>{t('myData.languageHeading')}</h2>
        <p>{t('myData.languageText')}</p>
        <LanguageSwitch
          current={i18n.resolvedLanguage ?? i18n.language}
          label={t('myData.languageHeading')}
          onChange={(language) => void switchLanguage(i18n, language)}
        />
      </section>
    </Page>
  );
}
