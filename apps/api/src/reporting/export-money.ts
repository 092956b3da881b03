import { type Currency, formatDecimal } from '@revolve/domain';

/** Minor units as the decimal string GraphQL also sends ("1250.00"). */
export const formatMoney = (amount: bigint, currency: string): string =>
  formatDecimal({ amount, currency: currency as Currency });
