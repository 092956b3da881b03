import { type i18n as I18n } from 'i18next';

/**
 * Loads a language first and switches only when it arrived, so a dropped connection leaves
 * the reader in the language they had rather than in raw message keys. Returns whether it switched.
 */
export async function switchLanguage(i18n: I18n, language: string): Promise<boolean> {
  await i18n.loadLanguages(language);
  if (!i18n.hasResourceBundle(language, 'translation')) return false;
  await i18n.changeLanguage(language);
  return true;
}
