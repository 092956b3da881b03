import fc from 'fast-check';
import { convertMoney, divideRoundHalfUp, parseExchangeRate } from './convert-money';
import { money } from './money';
import { domainErrorOf } from './test-helpers';

describe('convertMoney', () => {
  it('converts exactly: 80,000.00 USD at 1.7 = 136,000.00 AZN', () => {
    expect(convertMoney(money(8_000_000n, 'USD'), '1.7', 'AZN')).toEqual(money(13_600_000n, 'AZN'));
  });

  it('rounds half up to the minor unit', () => {
    // 0.03 USD * 1.5 = 0.045 -> 0.05; 0.01 * 1.4 = 0.014 -> 0.01; 0.01 * 1.6 = 0.016 -> 0.02
    expect(convertMoney(money(3n, 'USD'), '1.5', 'AZN').amount).toBe(5n);
    expect(convertMoney(money(1n, 'USD'), '1.4', 'AZN').amount).toBe(1n);
    expect(convertMoney(money(1n, 'USD'), '1.6', 'AZN').amount).toBe(2n);
    // 1.00 AZN at 0.588235 USD = 0.588235 -> 0.59
    expect(convertMoney(money(100n, 'AZN'), '0.588235', 'USD')).toEqual(money(59n, 'USD'));
  });

  it('rounds negative halves away from zero (mirror of positives)', () => {
    expect(convertMoney(money(-3n, 'USD'), '1.5', 'AZN').amount).toBe(-5n);
  });

  it.each(['', '0', '0.000', '-1.7', '1e3', '1,7', ' 1.7', 'abc', '1.', '.5', '1.0000000000001'])(
    'refuses rate %p with field exchangeRate',
    (rate) => {
      const error = domainErrorOf(() => convertMoney(money(100n, 'USD'), rate, 'AZN'));
      expect(error.code).toBe('INVALID_AMOUNT');
      expect(error.field).toEqual(['exchangeRate']);
    },
  );

  it('same currency needs rate 1', () => {
    expect(convertMoney(money(123n, 'AZN'), '1.00', 'AZN')).toEqual(money(123n, 'AZN'));
    expect(domainErrorOf(() => convertMoney(money(123n, 'AZN'), '1.7', 'AZN')).field).toEqual([
      'exchangeRate',
    ]);
  });

  it('never differs from the exact product by more than half a minor unit', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 14n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.integer({ min: 0, max: 6 }),
        (amount, rateDigits, decimals) => {
          const digits = rateDigits.toString().padStart(decimals + 1, '0');
          const rate =
            decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
          const { numerator, denominator } = parseExchangeRate(rate);
          const result = convertMoney(money(amount, 'USD'), rate, 'AZN').amount;
          // |result * den - amount * num| <= den / 2, with ties going up
          const error = result * denominator - amount * numerator;
          expect(2n * error).toBeLessThanOrEqual(denominator);
          expect(2n * error).toBeGreaterThan(-denominator);
        },
      ),
    );
  });

  it('divideRoundHalfUp handles negative divisors', () => {
    expect(divideRoundHalfUp(5n, -2n)).toBe(-3n);
    expect(divideRoundHalfUp(4n, 2n)).toBe(2n);
  });
});
