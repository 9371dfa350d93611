import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

/**
 * Lit creates a Trusted Types policy named "lit-html". A host page that already uses that name,
 * or whose CSP does not list it, makes the call throw and the whole script fail. The drop-in
 * bundle gives the policy a name of its own and, should the host refuse even that, carries on
 * without one (the widgets then show their fallback content and warn, instead of throwing).
 * The build fails if Lit's code no longer matches, so an upgrade cannot silently undo this.
 */
export const POLICY_NAME = 'awareness-widgets';

function trustedTypesPolicy() {
  const pattern = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/g;
  return {
    name: 'aw-trusted-types-policy',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      let count = 0;
      const out = code.replace(pattern, (_m, tt) => {
        count++;
        return `(()=>{try{return ${tt}?${tt}.createPolicy(${JSON.stringify(POLICY_NAME)},{createHTML:s=>s}):void 0}catch(e){return void 0}})()`;
      });
      if (count !== 1)
        this.error(`expected one Trusted Types policy in ${id}, found ${count}; update rollup.config.mjs`);
      return { code: out, map: null };
    },
  };
}

/**
 * Internal member names the minifier may shorten across the bundle. Only names that are ours and
 * never public: no attribute-backed property, no event-detail key, no DOM or Lit name. (Terser
 * renames them everywhere, object keys included, so a public name here would break the API.)
 */
const INTERNAL = [
  'resolvedLang',
  'resolvedDir',
  'effectiveTheme',
  'effectiveVariant',
  'effectivePosition',
  'contextChanged',
  'renderQuickExit',
  'onQuickExit',
  'showFallback',
  'warnOnce',
  'warned',
  'numberIn',
  'oneOf',
  'focusOrigin',
  'onFocusIn',
  'onDismiss',
  'readDismissed',
  'writeDismissed',
  'storageKey',
  'makeRoom',
  'sizeRoom',
  'releaseRoom',
  'firstPressAt',
  'onKeyDown',
  'onPageShow',
  'presses',
  'leaving',
  'expanded',
  'showAll',
  'subheading',
  'onScreen',
  'onMotion',
  'chosen',
];

/** A minified classic script (IIFE), as partners load it. The benchmark builds Lit's floor with this too. */
export function iife(input, file, include = ['src/**/*.ts']) {
  return {
    input,
    output: {
      file,
      format: 'iife',
      sourcemap: true,
      // No name: the bundle adds nothing to window but AwarenessWidgets (and Lit's version markers).
    },
    plugins: [
      resolve({ exportConditions: ['production'] }),
      trustedTypesPolicy(),
      typescript({
        tsconfig: './tsconfig.json',
        include,
        compilerOptions: {
          declaration: false,
          declarationMap: false,
          sourceMap: true,
          inlineSources: true,
          noEmit: false,
          plugins: [],
        },
      }),
      minifyHTML(),
      // ascii_only: the Spanish and typographic characters are written as \u escapes, so a partner
      // page in another encoding (windows-1252 school sites) or a server that sends no charset
      // cannot garble them.
      terser({
        ecma: 2022,
        module: false,
        compress: { passes: 2 },
        mangle: { properties: { regex: new RegExp(`^(${INTERNAL.join('|')})$`) } },
        // The compile hint: a page that has a widget runs nearly every function in the bundle
        // at once, so Chromium (136 and later) compiles them all on the thread that downloads the
        // script instead of one by one on the page's main thread during the first render. Other
        // browsers ignore the comment.
        format: { comments: false, ascii_only: true, preamble: '//# allFunctionsCalledOnLoad' },
      }),
    ],
    onwarn(warning, warn) {
      if (warning.code === 'THIS_IS_UNDEFINED') return;
      warn(warning);
    },
  };
}

export default [iife('src/bundle.ts', 'dist/awareness-widgets.js')];
