export interface BenchArgs {
  scale: number;
  seed: number;
  asOf: string;
  db: 'postgres' | 'sqlite' | 'both';
  /** Shorter load phases for development; the recorded run is the full one. */
  quick: boolean;
  /** Run only these benches (by name, e.g. homeQuery), for development; empty means all. */
  only: string[];
}

/** --scale 0.01, --seed 42, --as-of 2026-11-27, --db postgres|sqlite|both, --quick, --only a,b */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const db = value('db') ?? 'both';
  if (db !== 'postgres' && db !== 'sqlite' && db !== 'both') throw new Error(`--db ${db}?`);
  return {
    scale: Number(value('scale') ?? process.env.BENCH_SCALE ?? 1),
    seed: Number(value('seed') ?? 20261128),
    asOf: value('as-of') ?? '2026-11-27',
    db,
    quick: argv.includes('--quick') || process.env.BENCH_QUICK === '1',
    only: (value('only') ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
  };
}
