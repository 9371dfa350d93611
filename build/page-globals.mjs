/**
 * The drop-in script leaves src/internal/page-globals.ts out. That module shadows the window
 * globals Lit reads and writes (`litHtmlVersions`…) before Lit runs, for pages whose elements
 * show through under those names; the ES modules, with Lit as published, still need it. The
 * drop-in script's Lit no longer touches any of them (build/lit-trim.mjs removes the version
 * markers, the polyfill and hydration hooks and the decorators' metadata), so there the guard
 * protects nothing. The build fails if any of the names it lists is back in the script.
 */
import { readFileSync } from 'node:fs';

const MODULE = /\/src\/internal\/page-globals\.ts$/;

export function dropPageGlobals() {
  let names = [];
  return {
    name: 'aw-drop-page-globals',
    load(id) {
      if (!MODULE.test(id.replace(/\\/g, '/'))) return null;
      names = [...readFileSync(id, 'utf8').matchAll(/'(\w+)'/g)].map((m) => m[1]);
      return 'export {};';
    },
    generateBundle(_options, bundle) {
      if (!names.length)
        this.error('page-globals: src/internal/page-globals.ts was not in the build; update build/page-globals.mjs');
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const back = names.filter((n) => chunk.code.includes(n));
        if (back.length)
          this.error(
            `page-globals: ${chunk.fileName} touches window.${back.join(', window.')}; keep src/internal/page-globals.ts in it (build/page-globals.mjs)`,
          );
      }
    },
  };
}
