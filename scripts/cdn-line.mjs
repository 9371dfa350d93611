#!/usr/bin/env node
/**
 * The line a blogger pastes, at the top of the README (between <!-- cdn:start --> and
 * <!-- cdn:end -->): the exact-version script on jsDelivr and unpkg with its integrity hash (from
 * dist/awareness-widgets.js.sri, written by the build) and crossorigin="anonymous", without which
 * the browser refuses a script with `integrity` from another origin. Also the frame page's
 * example (<!-- frame:start --> ... <!-- frame:end -->), with its tested height. npm run docs
 * writes both; `--check` (npm run lint, after a build) fails when the README's hash, version or
 * height is not the build's.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const SRI = 'dist/awareness-widgets.js.sri';
if (!existsSync(SRI)) {
  console.error(`${SRI} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = readFileSync(SRI, 'utf8').trim();
const file = 'dist/awareness-widgets.js';

/** The script tag for one CDN. */
export const tag = (base) =>
  `<script src="${base}/${name}@${version}/${file}" integrity="${integrity}" crossorigin="anonymous" defer></script>`;

const block = [
  '```html',
  '<!-- jsDelivr -->',
  tag('https://cdn.jsdelivr.net/npm'),
  '<!-- or unpkg -->',
  tag('https://unpkg.com'),
  '',
  '<aw-hotline-banner>',
  '  <a href="tel:+18008435678">NCMEC 24-hour hotline: 1-800-THE-LOST (1-800-843-5678)</a>',
  '</aw-hotline-banner>',
  '```',
].join('\n');

const { frameHeight } = await import('../dist/esm/frame/heights.js');
const cdn = `https://cdn.jsdelivr.net/npm/${name}@${version}/dist`;
const frame = [
  '```html',
  '<iframe',
  `  src="${cdn}/frame.html?widget=hotline-banner&variant=card&lang=es"`,
  '  title="NCMEC hotline"',
  '  width="100%"',
  `  height="${frameHeight('hotline-banner', { variant: 'card' }, 480)}"`,
  '  style="border: 0"',
  '></iframe>',
  '<!-- Optional, where the host runs scripts: sizes the iframe to the widget. -->',
  `<script src="${cdn}/frame-resize.js" defer></script>`,
  '```',
].join('\n');

/** `text` with what lies between `<!-- key:start -->` and `<!-- key:end -->` replaced by `content`. */
function between(text, key, content) {
  const [start, end] = [`<!-- ${key}:start -->`, `<!-- ${key}:end -->`];
  if (!text.includes(start) || !text.includes(end)) {
    console.error(`${start} and ${end} markers are missing.`);
    process.exit(1);
  }
  return `${text.slice(0, text.indexOf(start) + start.length)}\n\n${content}\n\n${text.slice(text.indexOf(end))}`;
}

/** The tested heights as a Markdown table, for docs/platforms.md. */
const { FRAME_CASES, FRAME_HEIGHTS, FRAME_WIDTHS, QUICK_EXIT_EXTRA } = await import('../dist/esm/frame/heights.js');
const heights = [
  `| widget | attributes | ${FRAME_WIDTHS.map((w) => `${w} px`).join(' | ')} |`,
  `| --- | --- | ${FRAME_WIDTHS.map(() => '---').join(' | ')} |`,
  ...FRAME_CASES.map((c, i) => {
    const attrs = Object.entries(c.attributes).map(([k, v]) => (v ? `${k}=${v}` : k));
    return `| ${c.widget} | ${attrs.join(' ') || '(none)'} | ${FRAME_HEIGHTS[i].join(' | ')} |`;
  }),
  `| + \`quick-exit\` | on another widget | ${FRAME_WIDTHS.map(() => `+${QUICK_EXIT_EXTRA}`).join(' | ')} |`,
].join('\n');

const readme = readFileSync('README.md', 'utf8');
const options = { ...(await prettier.resolveConfig('README.md')), filepath: 'README.md' };
const next = await prettier.format(between(between(readme, 'cdn', block), 'frame', frame), options);
const guide = readFileSync('docs/platforms.md', 'utf8');
const guideOptions = { ...(await prettier.resolveConfig('docs/platforms.md')), filepath: 'docs/platforms.md' };
const nextGuide = await prettier.format(between(guide, 'heights', heights), guideOptions);
if (process.argv.includes('--check')) {
  if (nextGuide !== guide) {
    console.error('docs/platforms.md: the tested heights are not those of src/frame/heights.ts: run `npm run docs`.');
    process.exit(1);
  }
  if (next !== readme) {
    console.error(`README.md's CDN line is not ${name}@${version} with ${integrity}: run \`npm run docs\`.`);
    process.exit(1);
  }
  console.log('README.md CDN line matches the build.');
} else {
  writeFileSync('README.md', next);
  writeFileSync('docs/platforms.md', nextGuide);
  console.log(`README.md: CDN line for ${name}@${version} written.`);
}
