#!/usr/bin/env node
/**
 * The other ways onto a page, built after the ES modules (npm run build calls this):
 * - dist/awareness-widgets.js.sri: the bundle's integrity value (sha384), for the CDN line;
 * - dist/frame.html, frame.css, frame.js and frame-resize.js: the iframe page and its companion;
 * - dist/cards/<widget>.<lang>.html: the no-script cards, from the content module.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** The frame page's companion must stay small enough to paste into any host page. */
export const RESIZE_BUDGET_GZIP = 1024;

const bundle = readFileSync('dist/awareness-widgets.js');
const integrity = `sha384-${createHash('sha384').update(bundle).digest('base64')}`;
writeFileSync('dist/awareness-widgets.js.sri', `${integrity}\n`);

execFileSync('node_modules/.bin/rollup', ['-c', 'rollup.frame.config.mjs', '--silent'], { stdio: 'inherit' });

const { allCards, card } = await import('../dist/esm/nocard/cards.js');
const indent = (html, by) => html.trimEnd().replace(/^(?=.)/gm, ' '.repeat(by));
const template = readFileSync('src/frame/frame.html', 'utf8');
if (!template.includes('<!-- card -->')) throw new Error('src/frame/frame.html lost its <!-- card --> marker');
writeFileSync('dist/frame.html', template.replace(/^\s*<!-- card -->$/m, indent(card('hotline-banner', 'en'), 8)));
copyFileSync('src/frame/frame.css', 'dist/frame.css');

mkdirSync('dist/cards', { recursive: true });
const cards = allCards();
for (const [file, html] of Object.entries(cards)) writeFileSync(`dist/cards/${file}`, html);

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const resize = gz('dist/frame-resize.js');
console.log(
  `• frame page: dist/frame.js ${gz('dist/frame.js')} B gzip, dist/frame-resize.js ${resize} B gzip (budget ${RESIZE_BUDGET_GZIP} B)`,
);
console.log(`• ${Object.keys(cards).length} no-script cards in dist/cards/`);
if (resize > RESIZE_BUDGET_GZIP) {
  console.error(`dist/frame-resize.js is over its budget by ${resize - RESIZE_BUDGET_GZIP} bytes gzip.`);
  process.exit(1);
}
