import {
  azerbaijaniDataMissing,
  formatAzerbaijaniMoney,
  isAzerbaijani,
} from './azerbaijani-fallback';

export type Currency = 'AZN' | 'USD';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * Formats a decimal string such as "1234.50" as money without ever making it a float:
 * Intl.NumberFormat treats a string argument as an exact decimal (NumberFormat v3).
 */
export function formatMoney(amount: string, currency: Currency, locale: string): string {
  if (!DECIMAL.test(amount)) {
    throw new RangeError(`amount must be a decimal string like "1234.50", got "${amount}"`);
  }
  if (currency !== 'AZN' && currency !== 'USD') {
    throw new RangeError(`currency must be AZN or USD, got "${String(currency)}"`);
  }
  if (isAzerbaijani(locale) && azerbaijaniDataMissing()) {
    return formatAzerbaijaniMoney(amount, currency);
  }
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  return format.format(amount as `${number}`);
}
