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

/** A MoneyInput to minor units; refuses a negative or malformed amount naming the field. */
export function fromMoneyInput(input: MoneyInput, field: string[]): bigint {
  return parseDecimal(input.amount, input.currency as DomainCurrency, { field }).amount;
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
