import { findMissingKeys, type Messages } from '@revolve/ui';
import az from './az.json';
import en from './en.json';
import ru from './ru.json';

const locales: Record<string, Messages> = { az, ru, en };

function leaves(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

describe('portal locales', () => {
  it('have the same keys in az, ru and en', () => {
    expect(findMissingKeys(locales)).toEqual({});
  });

  it.each(Object.keys(locales))('%s has no empty message', (name) => {
    const empty = leaves(locales[name] ?? {}).filter(([, value]) => value.trim() === '');
    expect(empty).toEqual([]);
  });

  it('use the same ICU placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();
    const english = new Map(leaves(en));
    for (const name of ['az', 'ru']) {
      for (const [key, text] of leaves(locales[name] ?? {})) {
        expect([name, key, placeholders(text)]).toEqual([
          name,
          key,
          placeholders(english.get(key) ?? ''),
        ]);
      }
    }
  });
});
