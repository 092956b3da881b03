// Adds up every jest "Tests:" line in a log and prints one closing line that CI reads:
// "Tests: N passed, N failed, N skipped". Exits 1 when no test ran at all.
const fs = require('node:fs');

const log = fs.readFileSync(process.argv[2], 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
const totals = { passed: 0, failed: 0, skipped: 0, todo: 0 };
let suites = 0;
for (const line of log.split('\n')) {
  const m = /Tests:\s+(.*)$/.exec(line);
  if (!m) continue;
  suites += 1;
  for (const part of m[1].split(',')) {
    const p = /(\d+)\s+(passed|failed|skipped|todo)/.exec(part.trim());
    if (p) totals[p[2]] += Number(p[1]);
  }
}
console.log(`\n${suites} jest runs`);
console.log(
  `Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped + totals.todo} skipped`,
);
process.exit(totals.passed + totals.failed === 0 ? 1 : 0);
