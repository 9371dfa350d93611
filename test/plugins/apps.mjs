// Serves the React 19 and Vue 3 test apps (test/apps/), bundled by esbuild on first request:
//   /__app/react.js, /__app/vue.js
// The bundles hold the framework only; the widgets come from the test's own imports (src/), so a
// test can load them after an app has mounted.
import path from 'node:path';
import { build } from 'esbuild';

const APPS = {
  '/__app/react.js': 'test/apps/react-app.tsx',
  '/__app/vue.js': 'test/apps/vue-app.ts',
};

async function bundle(entry) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    logLevel: 'silent',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
  });
  return result.outputFiles[0].text;
}

export function frameworkAppsPlugin({ rootDir }) {
  const built = new Map();
  return {
    name: 'framework-apps',
    async serve(context) {
      const entry = APPS[context.path];
      if (!entry) return undefined;
      if (!built.has(entry)) {
        const pending = bundle(path.join(rootDir, entry));
        pending.catch(() => built.delete(entry));
        built.set(entry, pending);
      }
      return { body: await built.get(entry), type: 'js' };
    },
  };
}
