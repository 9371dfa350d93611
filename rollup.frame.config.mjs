/**
 * The frame page's scripts, apart from the main bundle (npm run build runs this after the ES
 * modules): dist/frame.js (reads the query string, places one widget, reports its height) and
 * dist/frame-resize.js (the host page's optional companion, at most 1 KB gzip).
 */
import { readFileSync } from 'node:fs';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { scriptTypescript } from './build/typescript.mjs';
import { LANGS } from './dist/esm/content/index.js';

/** Each widget's attributes and the values they allow, from the manifest's types and descriptions. */
export function frameRules(manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'))) {
  const widgets = {};
  for (const d of manifest.modules.flatMap((m) => m.declarations ?? [])) {
    if (!d.customElement || !d.tagName) continue;
    const rules = {};
    for (const a of d.attributes ?? []) {
      const field = (d.members ?? []).find((m) => m.name === a.fieldName);
      const text = a.description ?? '';
      const words = [...text.matchAll(/`([a-z][a-z-]*)`/g)].map((m) => m[1]);
      const range = /\b(\d+) to (\d+)\b/.exec(text);
      if (field?.type?.text === 'boolean') rules[a.name] = { kind: 'boolean' };
      else if (a.name === 'href') rules[a.name] = { kind: 'https' };
      else if (range) rules[a.name] = { kind: 'range', min: Number(range[1]), max: Number(range[2]) };
      else if (words.length >= 2) rules[a.name] = { kind: 'one-of', values: words };
      else rules[a.name] = { kind: 'text' };
    }
    widgets[d.tagName.replace(/^aw-/, '')] = rules;
  }
  return widgets;
}

const script = (input, file, values = {}) => ({
  input,
  output: { file, format: 'iife', sourcemap: true },
  plugins: [
    replace({ preventAssignment: true, values }),
    scriptTypescript(['src/frame/**/*.ts']),
    terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false, ascii_only: true } }),
  ],
});

export default [
  script('src/frame/frame.ts', 'dist/frame.js', {
    __AW_FRAME__: JSON.stringify({ widgets: frameRules(), langs: LANGS }),
  }),
  script('src/frame/resize.ts', 'dist/frame-resize.js'),
];
