#!/usr/bin/env node
/**
 * npm run heights: measures the frame page (dist/frame.html) in Chromium, Firefox and WebKit for
 * every setup in src/frame/frame-cases.ts, in every language, at every column width, with every
 * disclosure open, and writes the tested heights into src/frame/heights.ts: the tallest
 * measurement plus 10% (the reader's own fonts and text size differ from ours), rounded up to 10 px.
 * test/frame/heights.test.ts then checks each widget still fits. BROWSERS=... measures fewer.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const RESULTS = 'dist/frame-heights.json';
const FILE = 'src/frame/heights.ts';
const margin = (px) => Math.ceil((px * 1.1) / 10) * 10;

rmSync(RESULTS, { force: true });
execFileSync('node', ['scripts/test.mjs', '--config', 'web-test-runner.heights.config.mjs'], { stdio: 'inherit' });
const results = JSON.parse(readFileSync(RESULTS, 'utf8'));
const { FRAME_CASES, FRAME_WIDTHS } = await import('../dist/esm/frame/frame-cases.js');

const browsers = [...new Set(results.map((r) => r.browser))];
console.log(`measured in ${browsers.join(', ')}: ${results.length} setups`);
const tallest = (index, exit) =>
  FRAME_WIDTHS.map((_w, i) =>
    Math.max(...results.filter((r) => r.index === index && r.exit === exit).map((r) => r.heights[i])),
  );
const heights = FRAME_CASES.map((_c, index) => tallest(index, false).map(margin));
if (heights.flat().some((h) => !Number.isFinite(h))) throw new Error(`missing measurements in ${RESULTS}`);
let extra = 0;
FRAME_CASES.forEach((c, index) => {
  if (c.widget === 'quick-exit') return;
  const [without, withExit] = [tallest(index, false), tallest(index, true)];
  without.forEach((h, i) => (extra = Math.max(extra, withExit[i] - h)));
});

const source = readFileSync(FILE, 'utf8');
const start = source.indexOf('// heights:start');
const end = source.indexOf('// heights:end');
if (start < 0 || end < 0) throw new Error(`${FILE} lost its // heights:start and // heights:end markers`);
const generated = [
  `// heights:start (written by npm run heights, measured in ${browsers.join(', ')})`,
  '/** Heights in CSS px, one per `FRAME_WIDTHS` entry, in the order of `FRAME_CASES`. */',
  `export const FRAME_HEIGHTS: readonly (readonly number[])[] = ${JSON.stringify(heights)};`,
  '',
  '/** Extra height of the small "Exit this page" link (`quick-exit` on another widget). */',
  `export const QUICK_EXIT_EXTRA = ${margin(extra)};`,
  '',
].join('\n');
const next = source.slice(0, start) + generated + source.slice(end);
const options = { ...(await prettier.resolveConfig(FILE)), filepath: FILE };
writeFileSync(FILE, await prettier.format(next, options));
console.log(`${FILE}: heights for ${FRAME_CASES.length} setups at ${FRAME_WIDTHS.join(', ')} px written.`);
