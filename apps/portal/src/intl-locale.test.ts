import { formatMoney } from '@revolve/ui';
import { formatInstant, intlLocale } from './intl-locale';

describe('intlLocale', () => {
  it('maps portal languages to full Intl locales, Azerbaijani by default', () => {
    expect(intlLocale('az')).toBe('az-Latn-AZ');
    expect(intlLocale('ru')).toBe('ru-RU');
    expect(intlLocale('en')).toBe('en-GB');
    expect(intlLocale('xx')).toBe('az-Latn-AZ');
    expect(formatMoney('1234.50', 'AZN', intlLocale('az'))).toMatch(/^1\.234,50\s₼$/);
  });
});

describe('formatInstant', () => {
  it('shows the time in Baku (UTC+4)', () => {
    expect(formatInstant('2026-03-31T08:15:00Z', 'en')).toBe('31 Mar 2026, 12:15');
  });
});
