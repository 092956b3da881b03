// Lighthouse 12 (mobile: emulated Moto G Power, slow 4G, 4x CPU slowdown) on the built portal's
// home screen, signed in as the demo survivor, against the built API on a throwaway SQLite file.
// Prints performance and accessibility against their goals. Needs apps/api/dist and apps/portal/dist
// (npm run bench builds them) and Chromium (CHROME_PATH, default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SURVIVOR, signInCookie, startBuiltApi } from './built-api';

const GOALS = { performance: 95, accessibility: 100 } as const;
const portalDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.resolve(portalDir, '../../node_modules/.bin/lighthouse');
const chrome = process.env.CHROME_PATH ?? '/usr/bin/chromium';

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; displayValue?: string }>;
}

const server = await startBuiltApi();
// LIGHTHOUSE_REPORT keeps the full JSON report for a closer look.
const out =
  process.env.LIGHTHOUSE_REPORT ??
  path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'revolve-lh-')), 'home.json');
let failed = false;
try {
  const cookie = await signInCookie(server.baseUrl, DEMO_SURVIVOR);
  execFileSync(
    bin,
    [
      `${server.baseUrl}/`,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility',
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      '--chrome-flags=--headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'inherit', 'inherit'] },
  );
  const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
  for (const [name, goal] of Object.entries(GOALS)) {
    const score = Math.round((report.categories[name]?.score ?? 0) * 100);
    const met = score >= goal;
    failed ||= !met;
    console.log(
      `lighthouse ${name} (mobile, home): ${score} (goal >= ${goal}) ${met ? 'MET' : 'MISSED'}`,
    );
  }
  for (const id of [
    'first-contentful-paint',
    'largest-contentful-paint',
    'total-blocking-time',
    'cumulative-layout-shift',
    'speed-index',
  ]) {
    const audit = report.audits[id];
    if (audit) console.log(`  ${audit.title}: ${audit.displayValue ?? ''}`);
  }
  // Anything that cost points, so a miss says why.
  const lost = Object.entries(report.audits).filter(
    ([, a]) => a.score !== null && a.score < 0.9 && !/^(metrics|diagnostics)$/.test(a.title),
  );
  for (const [id, a] of lost.slice(0, 15)) console.log(`  below 0.9: ${id} (${a.score})`);
} finally {
  await server.stop();
}
// Scores move with the machine's load: printed, not enforced (the size budget is).
if (failed) console.log('lighthouse: a goal was MISSED (see the audits above)');
