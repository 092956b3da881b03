import { type Messages } from './create-i18n';

function flatten(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );
}

/**
 * Lists, per locale, the keys that another locale has and this one lacks, so a test can
 * fail with the exact keys to add. An empty object means every locale has the same keys.
 */
export function findMissingKeys(locales: Record<string, Messages>): Record<string, string[]> {
  const keysByLocale = Object.fromEntries(
    Object.entries(locales).map(([name, messages]) => [name, new Set(flatten(messages))]),
  );
  const all = new Set(Object.values(keysByLocale).flatMap((keys) => [...keys]));
  const missing: Record<string, string[]> = {};
  for (const [name, keys] of Object.entries(keysByLocale)) {
    const lacking = [...all].filter((key) => !keys.has(key)).sort();
    if (lacking.length > 0) missing[name] = lacking;
  }
  return missing;
}
