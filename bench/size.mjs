#!/usr/bin/env node
/**
 * The size part of `npm run bench` (also `node bench/size.mjs` on its own, after `npm run build`).
 *
 * Measures dist/awareness-widgets.js (raw, gzip -9, brotli -11) against the floor for this
 * feature set, built in the same run: a bare Lit element (bench/bare-lit.ts through the same
 * Rollup pipeline as the bundle, with Lit as published: build/lit-trim.mjs is one of our levers) plus the text of both languages, compressed in one stream.
 * The text is every string the locales hold, their functions called with sample values; no keys.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { iife } from '../rollup.config.mjs';
import { BUDGET_GZIP } from '../scripts/sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
  }).length;

/** Every string of a locale, functions called with sample values, joined by newlines. */
function textOf(value) {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value(3, 2019))];
  if (value && typeof value === 'object') return Object.values(value).flatMap(textOf);
  return [];
}

export async function measureSize() {
  const bareFile = join(root, 'bench/results/bare-lit.js');
  const config = iife('bench/bare-lit.ts', bareFile, ['bench/**/*.ts'], { trimLit: false });
  const bundle = await rollup({ ...config, onwarn: () => {} });
  await bundle.write(config.output);
  await bundle.close();

  const { LOCALES } = await import(pathToFileURL(join(root, 'dist/esm/content/index.js')).href);
  const text = Buffer.from(Object.values(LOCALES).flatMap(textOf).join('\n'));
  const lit = readFileSync(bareFile);
  const floor = Buffer.concat([lit, Buffer.from('\n'), text]);
  const ours = readFileSync(join(root, 'dist/awareness-widgets.js'));

  return {
    bundle: { raw: ours.length, gzip: gzip(ours), brotli: brotli(ours) },
    floor: { gzip: gzip(floor), brotli: brotli(floor), bareLitGzip: gzip(lit), textGzip: gzip(text) },
    ratioGzip: +(gzip(ours) / gzip(floor)).toFixed(2),
    ratioBrotli: +(brotli(ours) / brotli(floor)).toFixed(2),
    budgetGzip: BUDGET_GZIP,
  };
}

/** The table printed by the bench; the same rows every commit, so runs compare line by line. */
export function sizeTable(s) {
  const row = (name, gz, br, note = '') =>
    `${name.padEnd(34)}${String(gz).padStart(8)} B${String(br).padStart(9)} B  ${note}`;
  return [
    `${'size'.padEnd(34)}${'gzip -9'.padStart(10)}${'brotli 11'.padStart(11)}`,
    row(
      'dist/awareness-widgets.js',
      s.bundle.gzip,
      s.bundle.brotli,
      `(${s.bundle.raw} B raw; budget ${s.budgetGzip} B gzip)`,
    ),
    row(
      'floor: bare Lit element + text',
      s.floor.gzip,
      s.floor.brotli,
      `(Lit alone ${s.floor.bareLitGzip} B, text alone ${s.floor.textGzip} B gzip)`,
    ),
    `${'ratio to the floor'.padEnd(34)}${`${s.ratioGzip}x`.padStart(10)}${`${s.ratioBrotli}x`.padStart(11)}`,
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(sizeTable(await measureSize()));
}
