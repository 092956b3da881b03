import {
  type Currency as DomainCurrency,
  DomainError,
  formatDecimal,
  isDomainError,
  parseDecimal,
} from '@revolve/domain';
import { type Currency, type Money, type MoneyInput, type UserError } from './common.types';

/** Minor units to the wire: a decimal string with its currency. */
export function toMoney(amount: bigint, currency: string): Money {
  return {
    amount: formatDecimal({ amount, currency: currency as DomainCurrency }),
    currency: currency as Currency,
  };
}

/**
 * The largest amount one row may hold (10^13 minor units: 100 billion AZN): far above any programme, and
 * low enough that sums of many rows stay exact (SQLite turns integers past 2^63 into floats, and
 * PostgreSQL's bigint refuses them). Found by the fuzzer.
 */
export const MAX_MINOR_UNITS = 10n ** 13n;

/** Refuses an amount past MAX_MINOR_UNITS, naming the field. */
export function assertNotTooLarge(amount: bigint, field: string[]): bigint {
  if (amount > MAX_MINOR_UNITS || amount < -MAX_MINOR_UNITS)
    throw new DomainError('INVALID_AMOUNT', 'The amount is too large.', field);
  return amount;
}

/** A MoneyInput to minor units; refuses a negative, malformed or too large amount naming the field. */
export function fromMoneyInput(input: MoneyInput, field: string[]): bigint {
  const amount = parseDecimal(input.amount, input.currency as DomainCurrency, { field }).amount;
  return assertNotTooLarge(amount, field);
}

/** A domain refusal as a userError; the field path is rooted at `input`. */
export function domainUserError(error: DomainError): UserError {
  const field = error.field?.length
    ? error.field[0] === 'input'
      ? error.field
      : ['input', ...error.field]
    : null;
  return { code: error.code, message: error.message, field };
}

/** Runs `work`; a DomainError it throws (also from inside a rolled-back transaction) becomes a userError. */
export async function refusingDomainErrors<T extends { userErrors: UserError[] }>(
  empty: Omit<T, 'userErrors'>,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDomainError(error)) return { ...empty, userErrors: [domainUserError(error)] } as T;
    throw error;
  }
}
