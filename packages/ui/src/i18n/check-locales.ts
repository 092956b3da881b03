import { IntlMessageFormat } from 'intl-messageformat';
import { type Messages } from './create-i18n';
import { findMissingKeys } from './find-missing-keys';

// The parts of intl-messageformat's AST we walk: arguments (types 1-6) carry their name in
// `value`; select and plural keep sub-messages in `options`; tags (8) in `children`.
interface AstElement {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}

function collectArguments(elements: AstElement[], into: Set<string>): Set<string> {
  for (const element of elements) {
    if (element.type >= 1 && element.type <= 6 && typeof element.value === 'string') {
      into.add(element.value);
    }
    for (const option of Object.values(element.options ?? {})) collectArguments(option.value, into);
    if (element.children) collectArguments(element.children, into);
  }
  return into;
}

/** The ICU argument names a message uses, e.g. ["count", "name"]; throws on bad syntax. */
export function messageArguments(message: string, locale: string): string[] {
  const ast = new IntlMessageFormat(message, locale).getAst() as unknown as AstElement[];
  return [...collectArguments(ast, new Set())].sort();
}

function leaves(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

export interface LocaleProblems {
  /** Per locale, keys another locale has and it lacks. */
  missing: Record<string, string[]>;
  /** "locale key: problem" lines: bad ICU syntax, empty text, arguments differing from the first locale. */
  messages: string[];
}

/**
 * Checks locale files against each other: same keys, valid ICU, no empty text, and the same
 * arguments as the first locale (a translation that drops {name} loses the name).
 */
export function checkLocales(locales: Record<string, Messages>): LocaleProblems {
  const problems: string[] = [];
  const argumentsByLocale = new Map<string, Map<string, string[]>>();
  for (const [locale, messages] of Object.entries(locales)) {
    const byKey = new Map<string, string[]>();
    for (const [key, text] of leaves(messages)) {
      if (text.trim() === '') problems.push(`${locale} ${key}: empty message`);
      try {
        byKey.set(key, messageArguments(text, locale));
      } catch (error) {
        problems.push(`${locale} ${key}: invalid ICU message (${(error as Error).message})`);
      }
    }
    argumentsByLocale.set(locale, byKey);
  }
  const [reference, ...others] = [...argumentsByLocale.entries()];
  for (const [locale, byKey] of others) {
    for (const [key, args] of byKey) {
      const expected = reference?.[1].get(key);
      if (expected && expected.join(',') !== args.join(',')) {
        problems.push(
          `${locale} ${key}: uses {${args.join('}, {')}} but ${reference?.[0]} uses {${expected.join('}, {')}}`,
        );
      }
    }
  }
  return { missing: findMissingKeys(locales), messages: problems };
}
