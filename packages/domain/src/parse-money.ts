import { DomainError } from './errors';
import { assertCurrency, minorUnits, type Currency, type Money } from './money';

/** Largest amount a PostgreSQL bigint column can hold, in minor units. */
export const MAX_MINOR_AMOUNT = 9_223_372_036_854_775_807n;

export interface ParseDecimalOptions {
  allowNegative?: boolean;
  field?: string[];
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Parses a plain decimal string ("1250", "1250.5", "1250.50") into exact minor units.
 * Deliberately strict: no exponent, grouping, sign "+", whitespace or extra decimals,
 * because the wire format is canonical and forms must reject what the API rejects.
 */
export function parseDecimal(
  text: string,
  currency: Currency,
  opts: ParseDecimalOptions = {},
): Money {
  const field = opts.field;
  assertCurrency(currency, field);
  if (typeof text !== 'string') {
    throw new DomainError('INVALID_AMOUNT', 'Amount must be a decimal string.', field);
  }
  const match = DECIMAL.exec(text);
  if (!match) {
    throw new DomainError(
      'INVALID_AMOUNT',
      `"${text}" is not a decimal amount like 1250.50.`,
      field,
    );
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  const decimals = minorUnits(currency);
  if (fraction.length > decimals) {
    throw new DomainError(
      'INVALID_AMOUNT',
      `${currency} amounts have at most ${decimals} decimal places.`,
      field,
    );
  }
  const magnitude = BigInt(whole + fraction.padEnd(decimals, '0'));
  if (magnitude > MAX_MINOR_AMOUNT) {
    throw new DomainError('INVALID_AMOUNT', 'Amount is too large.', field);
  }
  const negative = sign === '-' && magnitude !== 0n;
  if (sign === '-' && !opts.allowNegative) {
    throw new DomainError('NEGATIVE_AMOUNT', 'Amount must not be negative.', field);
  }
  return { amount: negative ? -magnitude : magnitude, currency };
}
