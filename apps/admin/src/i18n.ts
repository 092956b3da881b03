import { createI18n, type LanguageCode } from '@revolve/ui';

export const ADMIN_LANGUAGES: readonly LanguageCode[] = ['en', 'az', 'ru'];

// One dynamic import per locale: Vite emits a chunk each, and only the active one is fetched.
const loaders: Record<LanguageCode, () => Promise<{ default: object }>> = {
  en: () => import('./locales/en.json'),
  az: () => import('./locales/az.json'),
  ru: () => import('./locales/ru.json'),
};

/** Staff work in English by default (international partners), also in Azerbaijani and Russian. */
export function createAdminI18n() {
  return createI18n<LanguageCode>({
    defaultLanguage: 'en',
    supported: ADMIN_LANGUAGES,
    storageKey: 'revolve.admin.language',
    load: async (language) => (await loaders[language]()).default as never,
  });
}
