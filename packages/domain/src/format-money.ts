import { minorUnits, type Money } from './money';

/** Canonical wire format: "1250.00", "-0.50" (always every minor-unit digit, no grouping). */
export function formatDecimal(m: Money): string {
  const decimals = minorUnits(m.currency);
  const negative = m.amount < 0n;
  const digits = (negative ? -m.amount : m.amount).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? '-' : ''}${whole}${decimals > 0 ? `.${fraction}` : ''}`;
}
