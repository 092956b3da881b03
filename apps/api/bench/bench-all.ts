// Root `npm run bench`: every workspace's bench task through turbo (one at a time: they measure),
// passed through as it runs, then one summary table of every figure with its goal.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Figure } from './benches/figure';

const root = path.resolve(__dirname, '../../..');
const resultsFile = path.resolve(__dirname, 'data', 'results.json');
// `npm run bench -- --quick --scale 0.01` reaches the workspaces' bench scripts as environment.
const argv = process.argv.slice(2);
const scaleAt = argv.indexOf('--scale');
const env = {
  ...process.env,
  ...(argv.includes('--quick') ? { BENCH_QUICK: '1' } : {}),
  ...(scaleAt >= 0 ? { BENCH_SCALE: argv[scaleAt + 1] } : {}),
};
const started = Date.now();

/** Figures other workspaces print in their own words, picked out of their output. */
function otherFigures(output: string): Figure[] {
  const figures: Figure[] = [];
  // Other workspaces print "<what>: <figure> (goal <goal>) MET|MISSED", as the portal does.
  for (const m of output.matchAll(
    /^@revolve\/(?!api)[\w-]+:bench: (.+?): (.+?) \(goal (.+?)\) (MET|MISSED)\s*$/gm,
  ))
    figures.push({ name: `Portal: ${m[1]!}`, figure: m[2]!, goal: m[3]!, met: m[4] === 'MET' });
  for (const m of output.matchAll(
    /│[^│\n]*│\s*'([^']+)'\s*│\s*(\d+)\s*│\s*(\d+)\s*│\s*'(yes|NO)'/g,
  ))
    figures.push({
      name: `Domain: ${m[1]}`,
      figure: `${m[2]} ms`,
      goal: `under ${m[3]} ms`,
      met: m[4] === 'yes',
    });
  return figures;
}

function printSummary(figures: Figure[]): void {
  const width = Math.min(90, Math.max(...figures.map((f) => f.name.length)));
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));
  console.log('\n=== Summary ===');
  console.log(`${'result'.padEnd(7)} ${cut('benchmark', width)}  ${cut('figure', 42)}  goal`);
  for (const f of figures)
    console.log(
      `${(f.met ? 'MET' : 'MISSED').padEnd(7)} ${cut(f.name, width)}  ${cut(f.figure, 42)}  ${f.goal}`,
    );
  const missed = figures.filter((f) => !f.met).length;
  console.log(`${figures.length - missed} met, ${missed} missed`);
}

const turbo = spawn('npx', ['turbo', 'run', 'bench', '--concurrency=1'], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let output = '';
turbo.stdout.on('data', (c: Buffer) => {
  output += c.toString();
  process.stdout.write(c);
});
turbo.stderr.on('data', (c: Buffer) => process.stderr.write(c));
turbo.on('exit', (code) => {
  const figures: Figure[] = [];
  if (fs.existsSync(resultsFile) && fs.statSync(resultsFile).mtimeMs > started)
    figures.push(
      ...(JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { figures: Figure[] }).figures,
    );
  else figures.push({ name: 'API benchmarks', figure: 'no results', goal: '-', met: false });
  figures.push(...otherFigures(output));
  printSummary(figures);
  process.exit(code ?? 1);
});
