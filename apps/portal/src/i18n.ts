import { createI18n, type LanguageCode } from '@revolve/ui';
import { rememberResolvedLocales } from './fast-locale-resolution';

export const PORTAL_LANGUAGES: readonly LanguageCode[] = ['az', 'ru', 'en'];

// One dynamic import per locale: Vite emits a chunk each, and only the active one is fetched.
const loaders: Record<LanguageCode, () => Promise<{ default: object }>> = {
  az: () => import('./locales/az.json'),
  ru: () => import('./locales/ru.json'),
  en: () => import('./locales/en.json'),
};

/** Survivors read Azerbaijani first; Russian and English on request. */
export function createPortalI18n() {
  rememberResolvedLocales();
  return createI18n<LanguageCode>({
    defaultLanguage: 'az',
    supported: PORTAL_LANGUAGES,
    storageKey: 'revolve.portal.language',
    load: async (language) => (await loaders[language]()).default as never,
  });
}
