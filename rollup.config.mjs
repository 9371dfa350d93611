import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { scriptTypescript } from './build/typescript.mjs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { analyse, mangleRegex, missingPublicNames } from './build/mangle.mjs';
import { litParserCheck, litTrim } from './build/lit-trim.mjs';
import { dropPageGlobals } from './build/page-globals.mjs';
import { trustedTypesPolicy } from './build/trusted-types.mjs';

/** Fails the build when an attribute, public property, event or event-detail key lost its name. */
function publicNamesCheck(detailKeys) {
  return {
    name: 'aw-public-names',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.startsWith('awareness-widgets')) continue;
        const missing = missingPublicNames(chunk.code, detailKeys);
        if (missing.length)
          this.error(
            `public names missing from ${chunk.fileName} (mangled?): ${missing.join(', ')}; see build/mangle.mjs`,
          );
      }
    },
  };
}

/**
 * A minified classic script (IIFE), as partners load it. The benchmark builds Lit's floor with
 * this too, from Lit as published (`trimLit: false`): the floor is what Lit itself costs.
 */
export function iife(input, file, include = ['src/**/*.ts'], { trimLit = true } = {}) {
  const { internal, detailKeys } = analyse();
  return {
    input,
    output: {
      file,
      format: 'iife',
      sourcemap: true,
      // No name: the bundle adds nothing to window but AwarenessWidgets.
    },
    plugins: [
      resolve({ exportConditions: ['production'] }),
      trustedTypesPolicy(),
      trimLit && litTrim(),
      trimLit && dropPageGlobals(),
      scriptTypescript(include),
      minifyHTML(),
      trimLit && litParserCheck(),
      // A classic script runs where there is a document and a window: the guards the ES modules
      // keep for server-side imports fold away.
      replace({
        preventAssignment: true,
        include: ['src/**'],
        values: { 'typeof document': '"object"', 'typeof window': '"object"' },
      }),
      // ascii_only: the Spanish and typographic characters are written as \u escapes, so a partner
      // page in another encoding (windows-1252 school sites) or a server that sends no charset
      // cannot garble them.
      terser({
        ecma: 2022,
        module: true,
        compress: {
          passes: 5,
          keep_fargs: false,
          pure_getters: true,
          unsafe: true,
          unsafe_arrows: true,
          unsafe_comps: true,
          unsafe_math: true,
          unsafe_methods: true,
          unsafe_proto: true,
          unsafe_regexp: true,
          unsafe_undefined: true,
        },
        // Names by convention (build/mangle.mjs): private, protected, @internal, `_`-prefixed,
        // locale keys read only statically, Lit's `_$` names and protected members. Never a public
        // name, nor one also used on the DOM (`builtins: true` trusts that list, see build/mangle.mjs).
        mangle: { properties: { regex: mangleRegex(internal), builtins: true } },
        // The compile hint: a page that has a widget runs nearly every function in the bundle
        // at once, so Chromium (136 and later) compiles them all on the thread that downloads the
        // script instead of one by one on the page's main thread during the first render. Other
        // browsers ignore the comment.
        format: { comments: false, ascii_only: true, preamble: '//# allFunctionsCalledOnLoad' },
      }),
      publicNamesCheck(detailKeys),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  };
}

export default [iife('src/bundle.ts', 'dist/awareness-widgets.js')];
