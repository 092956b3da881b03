import fc from 'fast-check';
import { formatDecimal } from './format-money';
import { CURRENCIES, money } from './money';
import { MAX_MINOR_AMOUNT, parseDecimal } from './parse-money';
import { domainErrorOf } from './test-helpers';

describe('parseDecimal', () => {
  it.each([
    ['1250', 125000n],
    ['1250.5', 125050n],
    ['1250.50', 125050n],
    ['0', 0n],
    ['0.01', 1n],
    ['007.10', 710n],
  ])('reads %s as %p minor units', (text, minor) => {
    expect(parseDecimal(text, 'AZN')).toEqual(money(minor, 'AZN'));
  });

  it.each([
    '',
    '1e3',
    '1,250.00',
    'NaN',
    '1.234',
    '+5',
    ' 5',
    '5 ',
    '5.',
    '.5',
    '1 250',
    'Infinity',
    '0x10',
    '--1',
  ])('refuses %p naming the field', (text) => {
    const error = domainErrorOf(() => parseDecimal(text, 'AZN', { field: ['input', 'amount'] }));
    expect(error.code).toBe('INVALID_AMOUNT');
    expect(error.field).toEqual(['input', 'amount']);
  });

  it('refuses negatives unless allowed', () => {
    expect(domainErrorOf(() => parseDecimal('-0.50', 'USD', { field: ['amount'] }))).toMatchObject({
      code: 'NEGATIVE_AMOUNT',
      field: ['amount'],
    });
    expect(parseDecimal('-0.50', 'USD', { allowNegative: true })).toEqual(money(-50n, 'USD'));
  });

  it('refuses amounts beyond a bigint column', () => {
    expect(parseDecimal('92233720368547758.07', 'AZN').amount).toBe(MAX_MINOR_AMOUNT);
    expect(domainErrorOf(() => parseDecimal('92233720368547758.08', 'AZN')).code).toBe(
      'INVALID_AMOUNT',
    );
  });

  it('refuses non-strings', () => {
    expect(domainErrorOf(() => parseDecimal(12.5 as unknown as string, 'AZN')).code).toBe(
      'INVALID_AMOUNT',
    );
  });
});

describe('formatDecimal', () => {
  it.each([
    [125000n, '1250.00'],
    [-50n, '-0.50'],
    [0n, '0.00'],
    [7n, '0.07'],
    [-123456n, '-1234.56'],
  ])('writes %p as %s', (minor, text) => {
    expect(formatDecimal(money(minor, 'AZN'))).toBe(text);
  });

  it('round-trips every amount through text', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -MAX_MINOR_AMOUNT, max: MAX_MINOR_AMOUNT }),
        fc.constantFrom(...CURRENCIES),
        (minor, currency) => {
          const m = money(minor, currency);
          const text = formatDecimal(m);
          expect(text).toMatch(/^-?\d+\.\d{2}$/);
          expect(parseDecimal(text, currency, { allowNegative: true })).toEqual(m);
        },
      ),
    );
  });

  it('canonical text round-trips unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^(0|[1-9]\d{0,14})\.\d{2}$/), (text) => {
        expect(formatDecimal(parseDecimal(text, 'AZN'))).toBe(text);
      }),
    );
  });
});
