// Prints the gzip size of the JavaScript the portal's first route loads, and fails over budget.
// Run after `vite build` (npm run bench does both).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  chunksOf,
  groupChunk,
  gzipSize,
  inlineScriptsGzip,
  KB,
  kb,
  type Manifest,
  type Measured,
  scriptsOfIndexHtml,
} from './first-route';

const BUDGET = 140 * KB;
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(
  fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'),
) as Manifest;

const measure = (files: string[]): Measured[] =>
  files.map((file) => ({ file, gzip: gzipSize(fs.readFileSync(path.join(dist, file))) }));
const total = (items: Measured[]) => items.reduce((sum, item) => sum + item.gzip, 0);

// What index.html fetches, then what a first visit adds: the sign-in screen (where everyone
// not yet signed in lands) and the default language, Azerbaijani.
const entry = [
  ...measure(scriptsOfIndexHtml(html)),
  // The early requests' script (src/early/early-script.ts) is JavaScript the first route gets
  // too, inside the gzipped page.
  { file: 'index.html inline script', gzip: inlineScriptsGzip(html) },
];
const seen = new Set(entry.map((item) => item.file));
const screen = measure(
  [
    ...chunksOf(manifest, 'src/sign-in/sign-in-page.tsx'),
    ...chunksOf(manifest, 'src/locales/az.json'),
  ].filter((file) => !seen.has(file) && seen.add(file)),
);
// For comparison: what a signed-in survivor's home adds on top (Apollo Client and the screen).
// The shell and home are in the "signed-in" chunk (vite.config.ts).
const homeFiles = [...chunksOf(manifest, groupChunk(manifest, 'signed-in'))].filter(
  (file, i, all) => all.indexOf(file) === i && !seen.has(file),
);
const home = measure(homeFiles);
// And the courses screen with its own az texts, on top of the signed-in shell.
const shellSeen = new Set([...seen, ...homeFiles]);
const courses = measure(
  [
    ...chunksOf(manifest, 'src/courses/courses-page.tsx'),
    ...chunksOf(manifest, 'src/courses/locales/az.json'),
  ].filter((file, i, all) => all.indexOf(file) === i && !shellSeen.has(file)),
);

const rows = (items: Measured[]) =>
  items.map((item) => `  ${kb(item.gzip).padStart(9)}  ${item.file}`).join('\n');
const firstRoute = total(entry) + total(screen);
console.log(`index.html scripts and modulepreloads (gzip):\n${rows(entry)}`);
console.log(`  ${kb(total(entry)).padStart(9)}  = entry`);
console.log(`sign-in screen and the az locale, loaded on the first route:\n${rows(screen)}`);
console.log(
  `first-route JavaScript: ${kb(firstRoute)} gzip (goal <= ${kb(BUDGET)}) ${firstRoute <= BUDGET ? 'MET' : 'MISSED'}`,
);
console.log(
  `signed-in home adds, once signed in: ${kb(total(home))} gzip (Apollo Client, shell, home)`,
);
console.log(`courses screen adds, with its az texts: ${kb(total(courses))} gzip`);
if (firstRoute > BUDGET) {
  console.error(`FAIL: first-route JavaScript ${kb(firstRoute)} is over the ${kb(BUDGET)} budget`);
  process.exit(1);
}
