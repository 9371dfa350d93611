// What `npm pack` publishes: the drop-in script with its integrity file, the frame page, the ES
// modules with types, the manifest, source maps that carry their sources, and the docs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// --ignore-scripts: the tests run after a build; prepack would rebuild dist/ under the browsers.
const [packed] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = new Set(packed.files.map((f) => f.path));

test('npm pack builds first (prepack), so a fresh clone packs dist/', () => {
  assert.match(pkg.scripts.prepack, /scripts\/build\.mjs/);
  // and refuses to pack a README whose CDN line is not this build's.
  assert.match(pkg.scripts.prepack, /cdn-line\.mjs --check/);
});

test('the tarball has every file a partner or a CDN needs', () => {
  for (const file of [
    'package.json',
    'README.md',
    'CHANGELOG.md',
    'LICENSE',
    'custom-elements.json',
    'dist/awareness-widgets.js',
    'dist/awareness-widgets.js.map',
    'dist/awareness-widgets.js.sri',
    'dist/frame.html',
    'dist/frame.css',
    'dist/frame.js',
    'dist/frame-resize.js',
    'dist/esm/index.js',
    'dist/esm/index.d.ts',
    'dist/esm/nocard/cards.js',
    'dist/esm/nocard/cards.d.ts',
    'dist/esm/frame/heights.js',
    'dist/esm/frame/heights.d.ts',
    'dist/cards/hotline-banner.en.html',
    'dist/cards/hotline-banner.es.html',
  ])
    assert.ok(files.has(file), `${file} is in the tarball`);
  assert.ok(![...files].some((f) => /^(src|test|node_modules|bench|showcase)\//.test(f)), 'no sources or tests');
});

test('every export of package.json points at a packed file', () => {
  const targets = Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)));
  for (const target of targets) assert.ok(files.has(target.replace(/^\.\//, '')), `${target} is packed`);
});

test('the integrity file holds the sha384 of the drop-in script', () => {
  const digest = createHash('sha384').update(readFileSync('dist/awareness-widgets.js')).digest('base64');
  assert.equal(readFileSync('dist/awareness-widgets.js.sri', 'utf8').trim(), `sha384-${digest}`);
});

test('source maps resolve: each script names its map and each map carries its sources', () => {
  const maps = [...files].filter((f) => f.endsWith('.js.map'));
  assert.ok(maps.length > 10);
  for (const map of maps) {
    const script = map.slice(0, -'.map'.length);
    assert.ok(files.has(script), `${script} is packed beside its map`);
    const name = map.split('/').pop();
    assert.ok(readFileSync(script, 'utf8').includes(`//# sourceMappingURL=${name}`), `${script} names ${name}`);
    const { sources, sourcesContent } = JSON.parse(readFileSync(map, 'utf8'));
    assert.equal(sourcesContent?.length, sources.length, `${map} has sourcesContent`);
    assert.ok(
      sourcesContent.every((s) => typeof s === 'string' && s.length > 0),
      `${map} carries every source`,
    );
  }
});

test('LICENSE is MIT, as package.json says', () => {
  assert.equal(pkg.license, 'MIT');
  assert.ok(existsSync('LICENSE'));
  assert.match(readFileSync('LICENSE', 'utf8'), /^MIT License/);
});
