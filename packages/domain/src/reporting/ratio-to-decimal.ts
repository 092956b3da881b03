import { divideRoundHalfUp } from '../convert-money';
import { type Ratio } from '../indicators/ratio';

/** An exact ratio as a decimal string, rounded half up to `places` decimals: 9875/10000 -> "0.9875". */
export function ratioToDecimal(r: Ratio, places = 4): string {
  if (r.denominator === 0n) return (0).toFixed(places);
  const scaled = divideRoundHalfUp(r.numerator * 10n ** BigInt(places), r.denominator);
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  const whole = digits.slice(0, digits.length - places);
  const fraction = digits.slice(digits.length - places);
  return `${negative ? '-' : ''}${whole}${places > 0 ? `.${fraction}` : ''}`;
}

/** Parses "0.9" or "1" into an exact ratio; null when it is not a plain decimal. */
export function decimalToRatio(text: string): Ratio | null {
  const match = /^(\d{1,6})(?:\.(\d{1,12}))?$/.exec(text);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  return { numerator: BigInt(whole + fraction), denominator: 10n ** BigInt(fraction.length) };
}
