import { type LanguageCode, type Messages } from '@revolve/ui';
import { type TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

// Only people signing in for the first time need these texts: their own chunk per language
// keeps them out of the first route's budget.
const loaders: Record<LanguageCode, () => Promise<{ default: Messages }>> = {
  az: () => import('./locales/az.json'),
  ru: () => import('./locales/ru.json'),
  en: () => import('./locales/en.json'),
};

const has = (i18n: ReturnType<typeof useTranslation>['i18n'], language: string) =>
  i18n.getResource(language, 'translation', 'firstTime') !== undefined;

export type FirstTimeMessages =
  { state: 'loading' } | { state: 'failed'; retry: () => void } | { state: 'ready'; t: TFunction };

/** Loads the first-sign-in texts for the reader's language (and again after a switch). */
export function useFirstTimeMessages(): FirstTimeMessages {
  const { i18n } = useTranslation();
  const language = i18n.language;
  const [shown, setShown] = useState<string | null>(() => (has(i18n, language) ? language : null));
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    const load = loaders[language as LanguageCode];
    if (!load) return;
    (has(i18n, language)
      ? Promise.resolve()
      : load().then((m) => {
          i18n.addResourceBundle(language, 'translation', { firstTime: m.default }, true, false);
        })
    ).then(
      () => live && setShown(language),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [i18n, language, attempt]);

  if (shown) return { state: 'ready', t: i18n.getFixedT(shown, 'translation', 'firstTime') };
  if (failed) {
    return {
      state: 'failed',
      retry: () => {
        setFailed(false);
        setAttempt((n) => n + 1);
      },
    };
  }
  return { state: 'loading' };
}
