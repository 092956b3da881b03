import { DomainError } from '../errors';

/**
 * Splits `total` minor units in proportion to `weights` by the largest-remainder method: each
 * part is the floor of its exact share, and the units left over go one each to the largest
 * remainders (ties to the earlier weight), so the parts always sum to `total` exactly and the
 * result does not depend on anything but the inputs' order. Zero total weight: all zeros.
 */
export function allocateProportionally(total: bigint, weights: readonly bigint[]): bigint[] {
  if (total < 0n) throw new DomainError('NEGATIVE_AMOUNT', 'Cannot split a negative amount.');
  if (weights.some((w) => w < 0n))
    throw new DomainError('INVALID_AMOUNT', 'Weights must not be negative.', ['weights']);
  const sum = weights.reduce((s, w) => s + w, 0n);
  if (sum === 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (total * w) / sum);
  const remainders = weights.map((w, i) => ({ i, r: (total * w) % sum }));
  let left = total - parts.reduce((s, p) => s + p, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] = (parts[i] as bigint) + 1n;
    left -= 1n;
  }
  return parts;
}
