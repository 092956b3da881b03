import fc from 'fast-check';
import {
  azerbaijaniDataMissing,
  formatAzerbaijaniDate,
  formatAzerbaijaniMoney,
  isAzerbaijani,
} from './azerbaijani-fallback';

// Node ships full ICU, so the fallback is held to exactly what CLDR writes.
describe('Azerbaijani fallback formatting', () => {
  it('knows Node has the data (so the comparisons below are against real CLDR output)', () => {
    expect(azerbaijaniDataMissing()).toBe(false);
  });

  it('writes money exactly as Intl does in az-Latn-AZ', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 99 }))
      .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
    fc.assert(
      fc.property(decimal, fc.constantFrom('AZN' as const, 'USD' as const), (amount, currency) => {
        const intl = new Intl.NumberFormat('az-Latn-AZ', { style: 'currency', currency });
        expect(formatAzerbaijaniMoney(amount, currency)).toBe(intl.format(amount as `${number}`));
      }),
    );
  });

  it('writes the hand-worked cases', () => {
    expect(formatAzerbaijaniMoney('1234.5', 'AZN')).toBe('1.234,50\u00a0₼');
    expect(formatAzerbaijaniMoney('-0.50', 'USD')).toBe('-0,50\u00a0US$');
    expect(formatAzerbaijaniDate(2026, 9, 1, 'long')).toBe('1 sentyabr 2026');
  });

  it('writes dates exactly as Intl does in az-Latn-AZ, in every style', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.constantFrom('full' as const, 'long' as const, 'medium' as const, 'short' as const),
        (d, style) => {
          const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
          const noon = new Date(Date.UTC(y, m - 1, day, 12));
          const intl = new Intl.DateTimeFormat('az-Latn-AZ', { dateStyle: style, timeZone: 'UTC' });
          expect(formatAzerbaijaniDate(y, m, day, style)).toBe(intl.format(noon));
        },
      ),
    );
  });

  it('applies to az locales only', () => {
    expect(isAzerbaijani('az')).toBe(true);
    expect(isAzerbaijani('az-Latn-AZ')).toBe(true);
    expect(isAzerbaijani('en-GB')).toBe(false);
  });
});
