import { IntlMessageFormat } from 'intl-messageformat';
import { rememberResolvedLocales } from './fast-locale-resolution';

describe('rememberResolvedLocales', () => {
  it('asks Intl once per language, and messages format as before', () => {
    const supported = jest.spyOn(Intl.NumberFormat, 'supportedLocalesOf');
    rememberResolvedLocales();
    const format = (message: string, locale: string, values: Record<string, unknown>) =>
      new IntlMessageFormat(message, locale).format(values);
    expect(format('{n, plural, one {# gün} other {# gün}}', 'az', { n: 3 })).toBe('3 gün');
    expect(format('Salam, {name}!', 'az', { name: 'Aygün' })).toBe('Salam, Aygün!');
    expect(format('{n, plural, one {# день} few {# дня} other {# дней}}', 'ru', { n: 3 })).toBe(
      '3 дня',
    );
    expect(format('{n, plural, one {# day} other {# days}}', 'en', { n: 1 })).toBe('1 day');
    expect(supported.mock.calls.map(([locales]) => String(locales))).toEqual(['az', 'ru', 'en']);
    expect(IntlMessageFormat.resolveLocale('az')?.baseName).toBe('az');
    supported.mockRestore();
  });
});
