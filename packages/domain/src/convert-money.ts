import { DomainError } from './errors';
import { assertCurrency, assertMoney, minorUnits, type Currency, type Money } from './money';

/** An exchange rate as an exact fraction, parsed from a decimal string such as "1.7". */
export interface ExchangeRate {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const RATE = /^(\d+)(?:\.(\d{1,12}))?$/;
const RATE_FIELD = ['exchangeRate'];

/** Parses a positive decimal rate ("1.7", "0.588235"); at most 12 decimals. */
export function parseExchangeRate(rate: string): ExchangeRate {
  const match = typeof rate === 'string' ? RATE.exec(rate) : null;
  if (!match) {
    throw new DomainError(
      'INVALID_AMOUNT',
      `Exchange rate must be a positive decimal like 1.7, got "${String(rate)}".`,
      RATE_FIELD,
    );
  }
  const [, whole = '', fraction = ''] = match;
  const numerator = BigInt(whole + fraction);
  if (numerator === 0n) {
    throw new DomainError('INVALID_AMOUNT', 'Exchange rate must be greater than zero.', RATE_FIELD);
  }
  return { numerator, denominator: 10n ** BigInt(fraction.length) };
}

/** Divides with rounding half away from zero (half up for positive amounts). */
export function divideRoundHalfUp(dividend: bigint, divisor: bigint): bigint {
  if (divisor < 0n) return divideRoundHalfUp(-dividend, -divisor);
  const negative = dividend < 0n;
  const magnitude = negative ? -dividend : dividend;
  const quotient = (magnitude * 2n + divisor) / (divisor * 2n);
  return negative ? -quotient : quotient;
}

/**
 * Converts `m` into `to` at `rate` (units of `to` per unit of `m.currency`), exactly, with
 * bigint arithmetic. Rounding rule: the exact result is rounded to the nearest minor unit of
 * `to`, halves away from zero (so 0.005 -> 0.01; for the positive amounts donors give this is
 * "round half up"). Converting into the same currency only accepts a rate of 1.
 */
export function convertMoney(m: Money, rate: string, to: Currency): Money {
  assertMoney(m, ['amount']);
  assertCurrency(to, ['currency']);
  const { numerator, denominator } = parseExchangeRate(rate);
  if (m.currency === to && numerator !== denominator) {
    throw new DomainError(
      'INVALID_AMOUNT',
      `Converting ${to} into itself needs a rate of 1, got ${rate}.`,
      RATE_FIELD,
    );
  }
  const shift = minorUnits(to) - minorUnits(m.currency);
  const scaledNumerator = numerator * 10n ** BigInt(Math.max(shift, 0));
  const scaledDenominator = denominator * 10n ** BigInt(Math.max(-shift, 0));
  return { amount: divideRoundHalfUp(m.amount * scaledNumerator, scaledDenominator), currency: to };
}
