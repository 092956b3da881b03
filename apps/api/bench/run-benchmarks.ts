// `npm run bench -w @revolve/api [-- --quick --scale 0.01]`: the scaled data, then every API
// benchmark, each printing its figure, its goal and MET/MISSED; results also go to
// bench/data/results.json for the summary that `npm run bench` prints at the root.
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseBenchArgs } from './args';
import { type BenchContext, type Figure, printFigure } from './benches/figure';
import { frameworkOverhead } from './benches/framework-overhead';
import { fundOnScaledData } from './benches/fund';
import { homeQuery } from './benches/home-query';
import { indicators } from './benches/indicators';
import { mixedAdmin } from './benches/mixed-admin';
import { sqlPerRequest } from './benches/sql-per-request';
import { startApi } from './harness/api-under-test';
import { describeMachine } from './machine';
import { BENCH_PIN } from './scaled-data/base-refs';
import { ensureBenchDatabase, type BenchDatabase } from './scaled-data/load';
import { DEMO_PASSWORD } from '../src/seed/demo-programme';

export const RESULTS_FILE = path.resolve(__dirname, 'data', 'results.json');

function loadFigure(kind: string, db: BenchDatabase): Figure {
  const seconds = db.reused ? Number(db.summary.loadSeconds ?? NaN) : db.loadSeconds;
  const s = db.summary as {
    counts: Record<string, number>;
    journalLines: number;
    instalments: number;
  };
  return {
    name: `Scaled data into ${kind} (${s.counts.survivors} survivors, ${s.counts.loans} loans, ${s.counts.repayments} repayments, ${s.counts.enrollments} enrollments, ${s.instalments} instalments, ${s.journalLines} journal lines)`,
    figure: Number.isFinite(seconds)
      ? `${seconds.toFixed(0)} s${db.reused ? ' (first load; reused now)' : ''}`
      : 'reused (first load not timed)',
    goal: 'minutes (at most 10)',
    met: !Number.isFinite(seconds) || seconds <= 600,
  };
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  const machine = describeMachine();
  console.log(
    `Revolve API benchmarks: scale ${args.scale}${args.quick ? ', quick' : ''}; ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, ${machine.node}, commit ${machine.commit}, load average ${machine.loadAverage}`,
  );
  const figures: Figure[] = [];
  const record = (f: Figure) => {
    figures.push(f);
    printFigure(f);
  };
  const dataset = { scale: args.scale, seed: args.seed, asOf: args.asOf };
  const pg = await ensureBenchDatabase({ kind: 'postgres', ...dataset });
  record(loadFigure('PostgreSQL', pg));
  if (args.db !== 'postgres')
    record(loadFigure('SQLite', await ensureBenchDatabase({ kind: 'sqlite', ...dataset })));
  const api = await startApi(pg.config);
  try {
    const survivorTokens: string[] = [];
    for (let k = 1; k <= 10; k++)
      survivorTokens.push(await api.login(`+99451${String(k).padStart(7, '0')}`, BENCH_PIN));
    const ctx: BenchContext = {
      args,
      api,
      pgUrl: pg.config.url!,
      adminToken: await api.login('admin', DEMO_PASSWORD),
      survivorTokens,
    };
    const benches = {
      fundOnScaledData,
      sqlPerRequest,
      homeQuery,
      frameworkOverhead,
      indicators,
      mixedAdmin,
    };
    const unknown = args.only.filter((name) => !(name in benches));
    if (unknown.length)
      throw new Error(`--only ${unknown.join(',')}? known: ${Object.keys(benches).join(', ')}`);
    for (const [name, bench] of Object.entries(benches)) {
      if (args.only.length && !args.only.includes(name)) continue;
      try {
        for (const f of await bench(ctx)) record(f);
      } catch (error) {
        record({ name, figure: 'failed', goal: '-', met: false, note: String(error) });
      }
    }
  } finally {
    await api.stop();
  }
  fs.mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  const loadAverageAtEnd = describeMachine().loadAverage;
  console.log(`load average at the end: ${loadAverageAtEnd}`);
  // A partial run (--only) must not replace the full run's figures that the summary reads.
  fs.writeFileSync(
    args.only.length
      ? RESULTS_FILE.replace(/\.json$/, `.only-${args.only.join('-')}.json`)
      : RESULTS_FILE,
    JSON.stringify({ machine: { ...machine, loadAverageAtEnd }, args, figures }, null, 2),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
