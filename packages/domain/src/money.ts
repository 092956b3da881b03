import { DomainError } from './errors';

export const CURRENCIES = ['AZN', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

/** An amount in integer minor units (qəpik, cents). Never a float. */
export interface Money {
  readonly amount: bigint;
  readonly currency: Currency;
}

const MINOR_UNITS: Record<Currency, number> = { AZN: 2, USD: 2 };

export function isCurrency(value: unknown): value is Currency {
  return value === 'AZN' || value === 'USD';
}

/** Number of decimal places of the currency's minor unit (2 for both AZN and USD). */
export function minorUnits(currency: Currency): number {
  assertCurrency(currency);
  return MINOR_UNITS[currency];
}

export function assertCurrency(currency: unknown, field?: readonly string[]): Currency {
  if (!isCurrency(currency)) {
    throw new DomainError('INVALID_CURRENCY', `Unknown currency ${String(currency)}.`, field);
  }
  return currency;
}

/** Builds a Money; refuses anything but a bigint so that floats can never slip in. */
export function money(amount: bigint, currency: Currency, field?: readonly string[]): Money {
  if (typeof amount !== 'bigint') {
    throw new DomainError(
      'INVALID_AMOUNT',
      `Amount must be a whole number of minor units (bigint), got ${typeof amount} ${String(amount)}.`,
      field,
    );
  }
  assertCurrency(currency, field);
  return { amount, currency };
}

export function zeroMoney(currency: Currency): Money {
  return money(0n, currency);
}

/** Runtime check for values that claim to be Money (API inputs, plain records). */
export function isMoney(value: unknown): value is Money {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { amount?: unknown; currency?: unknown };
  return typeof candidate.amount === 'bigint' && isCurrency(candidate.currency);
}

export function assertMoney(value: unknown, field?: readonly string[]): Money {
  if (!isMoney(value)) {
    throw new DomainError(
      'INVALID_AMOUNT',
      'Expected an amount in minor units with a currency.',
      field,
    );
  }
  return value;
}

export function assertSameCurrency(a: Money, b: Money, field?: readonly string[]): void {
  if (a.currency !== b.currency) {
    throw new DomainError(
      'CURRENCY_MISMATCH',
      `Cannot combine ${a.currency} with ${b.currency}.`,
      field,
    );
  }
}

export function addMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { amount: a.amount + b.amount, currency: a.currency };
}

export function subtractMoney(a: Money, b: Money): Money {
  assertSameCurrency(a, b);
  return { amount: a.amount - b.amount, currency: a.currency };
}

export function negateMoney(m: Money): Money {
  return { amount: -m.amount, currency: m.currency };
}

/** -1, 0 or 1, like a sort comparator. */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  assertSameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

export function isZero(m: Money): boolean {
  return m.amount === 0n;
}

export function isPositive(m: Money): boolean {
  return m.amount > 0n;
}

export function isNegative(m: Money): boolean {
  return m.amount < 0n;
}

/** Sum of a list; the currency is explicit so that an empty list has a well-defined total. */
export function sumMoney(list: readonly Money[], currency: Currency): Money {
  assertCurrency(currency);
  let total = 0n;
  for (const m of list) {
    if (m.currency !== currency) {
      throw new DomainError('CURRENCY_MISMATCH', `Cannot add ${m.currency} to a ${currency} sum.`);
    }
    total += m.amount;
  }
  return { amount: total, currency };
}

export function minMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}

export function maxMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) >= 0 ? a : b;
}

export function assertNonNegative(m: Money, field?: readonly string[]): Money {
  if (m.amount < 0n) {
    throw new DomainError('NEGATIVE_AMOUNT', 'Amount must not be negative.', field);
  }
  return m;
}

export function assertPositive(m: Money, field?: readonly string[]): Money {
  if (m.amount <= 0n) {
    throw new DomainError('INVALID_AMOUNT', 'Amount must be greater than zero.', field);
  }
  return m;
}
