// Each locale file writes every string under its name, in the order ORDER gives (src/content/types.ts).
// `tsc` checks each section's length and which strings are functions; this catches two strings of
// a section swapped, which a tuple alone would not.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ORDER } from '../../dist/esm/content/index.js';

/** The `// name` comments of each section (`  common: [` … `  ],`) of a locale file. */
function names(file) {
  const out = {};
  let section;
  for (const line of readFileSync(new URL(`../../src/content/${file}`, import.meta.url), 'utf8').split('\n')) {
    const open = line.match(/^ {2}(\w+): \[$/);
    if (open) out[(section = open[1])] = [];
    else if (/^ {2}\],?$/.test(line)) section = undefined;
    else if (section && /^ {4}\/\/ \w+$/.test(line)) out[section].push(line.trim().slice(3));
  }
  return out;
}

for (const file of ['en.ts', 'es.ts'])
  test(`${file} names every string, in the order of ORDER`, () => {
    assert.deepEqual(names(file), ORDER);
  });
