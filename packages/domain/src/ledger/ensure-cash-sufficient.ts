import { DomainError } from '../errors';
import { formatDecimal } from '../format-money';
import { assertMoney, assertSameCurrency, type Money } from '../money';

/** Refuses a disbursement the fund's cash cannot cover (it may never go negative). */
export function ensureCashSufficient(available: Money, principal: Money): void {
  assertMoney(available, ['available']);
  assertMoney(principal, ['principal']);
  assertSameCurrency(available, principal, ['principal']);
  if (available.amount < principal.amount) {
    throw new DomainError(
      'INSUFFICIENT_FUNDS',
      `The fund has ${formatDecimal(available)} ${available.currency} available, less than the ${formatDecimal(principal)} requested.`,
      ['principal'],
    );
  }
}
