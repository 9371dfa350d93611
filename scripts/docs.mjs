#!/usr/bin/env node
/**
 * npm run docs: writes the widget reference into README.md (between <!-- api:start --> and
 * <!-- api:end -->) from a fresh custom-elements.json, so the README cannot drift from the code.
 * `--check` (run first by npm run lint, which needs the manifest it writes) leaves the README alone
 * and fails when it is out of date.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

execFileSync('node_modules/.bin/cem', ['analyze', '--litelement', '--quiet'], { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const cell = (s) => (s ?? '').replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (head, rows) =>
  rows.length
    ? [
        `| ${head.join(' | ')} |`,
        `| ${head.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
        '',
      ]
    : [];

const ORDER = [
  'aw-hotline-banner',
  'aw-warning-signs',
  'aw-stats-ticker',
  'aw-take-action',
  'aw-facts',
  'aw-quick-exit',
];
const elements = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName)
  .sort((a, b) => ORDER.indexOf(a.tagName) - ORDER.indexOf(b.tagName));

const out = [];
for (const el of elements) {
  out.push(`### \`<${el.tagName}>\``, '', cell(el.summary), '');
  out.push(
    ...table(
      ['attribute', 'what it does'],
      (el.attributes ?? []).map((a) => [`\`${a.name}\``, a.description]),
    ),
  );
  out.push(
    ...table(
      ['event', 'when'],
      (el.events ?? []).map((e) => [`\`${e.name}\``, e.description]),
    ),
  );
  out.push(
    ...table(
      ['slot', 'what goes in it'],
      (el.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description]),
    ),
  );
  out.push(
    ...table(
      ['part', 'what it is'],
      (el.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description]),
    ),
  );
  out.push(
    ...table(
      ['custom property', 'default', 'what it sets'],
      (el.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.default ? `\`${p.default}\`` : '', p.description]),
    ),
  );
}
const generated = out.join('\n').trimEnd();

const readme = readFileSync('README.md', 'utf8');
const start = '<!-- api:start -->';
const end = '<!-- api:end -->';
const before = readme.slice(0, readme.indexOf(start) + start.length);
const after = readme.slice(readme.indexOf(end));
const options = { ...(await prettier.resolveConfig('README.md')), filepath: 'README.md' };
const next = await prettier.format(`${before}\n\n${generated}\n\n${after}`, options);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md widget reference is out of date: run `npm run docs`.');
    process.exit(1);
  }
  console.log('README.md widget reference is up to date.');
} else {
  writeFileSync('README.md', next);
  console.log(`README.md: widget reference for ${elements.length} elements written.`);
}
