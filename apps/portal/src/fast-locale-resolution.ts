import { IntlMessageFormat } from 'intl-messageformat';

/**
 * intl-messageformat resolves the locale again for every message it compiles
 * (Intl.NumberFormat.supportedLocalesOf, slow on a phone: a third of the first render's
 * script time). The answer never changes for a language, so it is kept.
 */
export function rememberResolvedLocales(): void {
  const resolve = IntlMessageFormat.resolveLocale;
  const resolved = new Map<string, Intl.Locale | undefined>();
  IntlMessageFormat.resolveLocale = (locales) => {
    const key = String(locales);
    if (!resolved.has(key)) resolved.set(key, resolve(locales));
    return resolved.get(key);
  };
}
