// `npx tsx bench/results-table.ts`: the latest results.json as the Markdown table of
// docs/performance.md (the reasons for misses are written by hand below it).
import fs from 'node:fs';
import path from 'node:path';
import { type Figure } from './benches/figure';
import { type Machine } from './machine';

// Not imported from run-benchmarks: importing it would start a run.
const RESULTS_FILE = path.resolve(__dirname, 'data', 'results.json');
const { machine, figures } = JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as {
  machine: Machine & { loadAverageAtEnd?: string };
  figures: Figure[];
};
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n\s*/g, ' ');
console.log(
  `Run of ${machine.date} at commit \`${machine.commit}\` on ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGb} GB, Node ${machine.node}; load average (1, 5, 15 min) ${machine.loadAverage} at the start and ${machine.loadAverageAtEnd ?? '?'} at the end.\n`,
);
console.log('| benchmark | figure | goal | result |\n| --- | --- | --- | --- |');
for (const f of figures)
  console.log(
    `| ${cell(f.name)} | ${cell(f.figure)}${f.note ? `<br>${cell(f.note)}` : ''} | ${cell(f.goal)} | ${f.met ? 'MET' : '**MISSED**'} |`,
  );
