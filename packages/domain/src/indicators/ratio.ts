/** An exact fraction; indicators return these so that no float rounding hides in the sums. */
export interface Ratio {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** 0 / 1: what an indicator is when there is nothing to measure. */
export const ZERO_RATIO: Ratio = { numerator: 0n, denominator: 1n };

export function ratio(numerator: bigint, denominator: bigint): Ratio {
  return denominator === 0n ? ZERO_RATIO : { numerator, denominator };
}

/** The ratio as a float for display and GraphQL `Float` fields (0 when the denominator is 0). */
export function ratioToNumber(r: Ratio): number {
  if (r.denominator === 0n) return 0;
  // Scale before dividing so that huge minor-unit totals keep 15 significant digits.
  const scale = 10n ** 15n;
  const whole = r.numerator / r.denominator;
  const fraction = ((r.numerator % r.denominator) * scale) / r.denominator;
  return Number(whole) + Number(fraction) / Number(scale);
}
