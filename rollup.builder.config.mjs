/**
 * The embed builder (issue 10): dist/builder.html, builder.js, builder.css and the preview page
 * builder-preview.html. Its code is its own script, never in the drop-in bundle. The options come
 * from custom-elements.json and the integrity from the built bundle, both read at build time, so
 * the page makes no request but for its own files.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import replace from '@rollup/plugin-replace';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { scriptTypescript } from './build/typescript.mjs';

/** Only what the builder reads of the manifest. */
function trimmedManifest() {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  return {
    modules: manifest.modules.map((m) => ({
      declarations: (m.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => ({
          tagName: d.tagName,
          summary: d.summary,
          attributes: (d.attributes ?? []).map(({ name, description, type }) => ({ name, description, type })),
          cssProperties: (d.cssProperties ?? []).map(({ name }) => ({ name })),
        })),
    })),
  };
}

/** The integrity file the platform build writes beside the bundle, checked against the bundle itself. */
function integrity() {
  const sri = readFileSync('dist/awareness-widgets.js.sri', 'utf8').trim();
  const actual = `sha384-${createHash('sha384').update(readFileSync('dist/awareness-widgets.js')).digest('base64')}`;
  if (sri !== actual) throw new Error('dist/awareness-widgets.js.sri does not match dist/awareness-widgets.js');
  return sri;
}

/** The page, its style sheet and the preview page, copied as they are. */
function staticFiles(files) {
  return {
    name: 'aw-builder-static',
    generateBundle() {
      for (const file of files)
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(`src/builder/${file}`) });
    },
  };
}

export default {
  input: 'src/builder/main.ts',
  output: { file: 'dist/builder.js', format: 'iife', sourcemap: true },
  plugins: [
    replace({
      preventAssignment: true,
      values: {
        __AW_MANIFEST__: () => JSON.stringify(trimmedManifest()),
        __AW_INTEGRITY__: () => JSON.stringify(integrity()),
      },
    }),
    resolve(),
    scriptTypescript(['src/**/*.ts']),
    terser({ ecma: 2022, format: { comments: false, ascii_only: true } }),
    staticFiles(['builder.html', 'builder.css', 'builder-preview.html']),
  ],
};
