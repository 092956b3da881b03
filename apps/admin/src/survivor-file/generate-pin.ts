/** PINs people guess first: one digit repeated, or digits counting up or down. */
export function isGuessablePin(pin: string): boolean {
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - digits[i]!));
  return steps.size === 1 && [0, 1, -1].includes([...steps][0]!);
}

/**
 * A random 6-digit PIN from the browser's cryptographic generator, never a guessable one.
 * `random` is injectable so tests can drive it.
 */
export function generatePin(
  random: (values: Uint32Array) => Uint32Array = (v) => crypto.getRandomValues(v),
): string {
  for (;;) {
    const [value] = random(new Uint32Array(1));
    // 4294967296 is not a multiple of 10^6: reject the top slice so every PIN is equally likely.
    if (value === undefined || value >= 4294000000) continue;
    const pin = String(value % 1_000_000).padStart(6, '0');
    if (!isGuessablePin(pin)) return pin;
  }
}
