import { DomainError } from './errors';
import { assertMoney, type Money } from './money';

/**
 * Splits `total` into `parts` amounts: every part is the equal share rounded DOWN to a
 * multiple of `unit` (100n = whole manat), and the last part carries the remainder, so the
 * parts always sum to the total exactly.
 */
export function splitMoney(total: Money, parts: number, unit: bigint = 100n): Money[] {
  assertMoney(total, ['total']);
  if (total.amount < 0n) {
    throw new DomainError('NEGATIVE_AMOUNT', 'Cannot split a negative amount.', ['total']);
  }
  if (!Number.isSafeInteger(parts) || parts < 1) {
    throw new DomainError('INVALID_AMOUNT', 'Number of parts must be a whole number >= 1.', [
      'parts',
    ]);
  }
  if (typeof unit !== 'bigint' || unit <= 0n) {
    throw new DomainError('INVALID_AMOUNT', 'Rounding unit must be a positive bigint.', ['unit']);
  }
  const count = BigInt(parts);
  const share = (total.amount / count / unit) * unit;
  const last = total.amount - share * (count - 1n);
  const result: Money[] = new Array<Money>(parts);
  const currency = total.currency;
  for (let i = 0; i < parts - 1; i++) result[i] = { amount: share, currency };
  result[parts - 1] = { amount: last, currency };
  return result;
}
