/** mulberry32: tiny, fast and good enough for test data; the same seed gives the same stream. */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Whole number in [min, max]. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)] as (typeof items)[number],
  };
}

/** A stream of its own for item `index`: lets a pass regenerate one loan without the others. */
export function prngFor(seed: number, stream: number, index: number): Prng {
  // Mix with odd constants so that neighbouring indices start far apart.
  const mixed =
    Math.imul(seed ^ Math.imul(stream + 1, 0x9e3779b1), 0x85ebca6b) ^
    Math.imul(index + 1, 0xc2b2ae35);
  return createPrng(mixed);
}

/** Deterministic UUID-shaped ids: seed, table and row number, unique per table. */
export function benchId(seed: number, table: number, n: number): string {
  const s = (seed >>> 0).toString(16).padStart(8, '0');
  const t = table.toString(16).padStart(4, '0');
  const row = n.toString(16).padStart(12, '0');
  return `${s}-${t}-4000-8000-${row}`;
}
