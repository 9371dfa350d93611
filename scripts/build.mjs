#!/usr/bin/env node
/**
 * npm run build: type-checks (the Rollup plugin only warns), bundles the drop-in script, emits the
 * ES modules with declarations, writes custom-elements.json, then prints the bundle's size and
 * fails above the budget in scripts/sizes.mjs.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { BUDGET_GZIP } from './sizes.mjs';

const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => {
  try {
    execFileSync(cmd, args, { stdio: 'inherit' });
  } catch {
    console.error(`\nbuild failed at: ${cmd} ${args.join(' ')}`);
    process.exit(1);
  }
};

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const version = /VERSION = '([^']+)'/.exec(readFileSync('src/version.ts', 'utf8'))?.[1];
if (version !== pkg.version) {
  console.error(`src/version.ts says ${version} but package.json says ${pkg.version}; make them agree.`);
  process.exit(1);
}

rmSync('dist', { recursive: true, force: true });
// The manifest first: Storybook's preview, which the type-check covers, imports it.
console.log('• custom-elements.json');
run(bin('cem'), ['analyze', '--litelement', '--globs', 'src/**/*.ts', '--quiet']);
console.log('• type-check');
run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
console.log('• bundle dist/awareness-widgets.js');
run(bin('rollup'), ['-c', '--silent']);
console.log('• ES modules and declarations in dist/esm/');
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
console.log('• frame page, no-script cards, integrity file');
run('node', ['scripts/build-platform.mjs']);
console.log('• React and Vue types in dist/types/, and their type test');
run('node', ['scripts/framework-types.mjs']);
run(bin('tsc'), ['-p', 'test/types/tsconfig.json']);

const bundle = readFileSync('dist/awareness-widgets.js');
const gz = gzipSync(bundle, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(
  `\ndist/awareness-widgets.js: ${kb(bundle.length)} raw, ${gz} B gzip -9 (budget ${BUDGET_GZIP} B: ${BUDGET_GZIP - gz} B to spare)`,
);
console.log(`integrity="sha384-${createHash('sha384').update(bundle).digest('base64')}"`);
if (gz > BUDGET_GZIP) {
  console.error(`Over the size budget by ${gz - BUDGET_GZIP} bytes gzip.`);
  process.exit(1);
}
