/**
 * Strips from Lit's production build the features the widgets never use, for the drop-in bundle
 * only (the ES modules in dist/esm/ import Lit untouched). Each trim replaces one exact piece of
 * Lit's code; if a piece is not found exactly once (Lit changed), the build fails and names it,
 * so an upgrade cannot leave a half-applied trim behind. package.json pins Lit to the version
 * these pieces were read from.
 *
 * What goes, and why it is safe here:
 * - decorators' hooks (`addInitializer`, `Symbol.metadata`): the widgets declare `static properties`;
 * - reactive controllers (`addController` and their callbacks): the widgets use none;
 * - the ShadyCSS and polyfill-support hooks: for browsers without shadow DOM, which the widgets need;
 * - the `Object`/`Array` attribute converters: every attribute is a string, number or boolean;
 * - bindings inside `<script>`, `<style>`, `<textarea>`, `<title>` and MathML templates: none exist;
 * - directive classes, with the parts' connection state, parents and compiled templates that only
 *   directives and server rendering read (the build fails if a directive class is imported;
 *   `ifDefined` is a plain function and stays);
 * - the `useDefault` property option and wrapped accessors: no property declares them;
 * - long developer error messages, replaced by short ones.
 */

/** [module path suffix, what it is, exact text, replacement, how many times it is there (1)] */
const TRIMS = [
  // @lit/reactive-element
  ['reactive-element.js', 'polyfill support', 'p=a.reactiveElementPolyfillSupport,', ''],
  ['reactive-element.js', 'polyfill support call', 'p?.({ReactiveElement:y}),', ''],
  [
    'reactive-element.js',
    'decorator metadata',
    'Symbol.metadata??=Symbol("metadata"),a.litPropertyMetadata??=new WeakMap;',
    '',
  ],
  [
    'reactive-element.js',
    'decorator metadata read',
    'const t=this[Symbol.metadata];if(null!==t){const s=litPropertyMetadata.get(t);if(void 0!==s)for(const[t,i]of s)this.elementProperties.set(t,i)}',
    '',
  ],
  ['reactive-element.js', 'addInitializer', 'static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}', ''],
  ['reactive-element.js', 'initializers inherited', 'void 0!==t.l&&(this.l=[...t.l]),', ''],
  ['reactive-element.js', 'initializers run', ',this.constructor.l?.forEach(t=>t(this))', ''],
  [
    'reactive-element.js',
    'controllers',
    'addController(t){(this._$EO??=new Set).add(t),void 0!==this.renderRoot&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}',
    '',
  ],
  ['reactive-element.js', 'controllers connected', ',this._$EO?.forEach(t=>t.hostConnected?.())', ''],
  [
    'reactive-element.js',
    'controllers disconnected',
    'disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}',
    'disconnectedCallback(){}',
  ],
  [
    'reactive-element.js',
    'controllers update',
    'this.willUpdate(s),this._$EO?.forEach(t=>t.hostUpdate?.()),',
    'this.willUpdate(s),',
  ],
  ['reactive-element.js', 'controllers updated', '_$AE(t){this._$EO?.forEach(t=>t.hostUpdated?.()),', '_$AE(t){'],
  [
    'reactive-element.js',
    'Object/Array converters (to)',
    'switch(s){case Boolean:t=t?l:null;break;case Object:case Array:t=null==t?t:JSON.stringify(t)}return t',
    's===Boolean&&(t=t?l:null);return t',
  ],
  [
    'reactive-element.js',
    'Object/Array converters (from)',
    'case Object:case Array:try{i=JSON.parse(t)}catch(t){i=null}',
    '',
  ],
  ['reactive-element.js', 'symbol-keyed properties', 's=[...r(t),...o(t)]', 's=r(t)'],
  // lit-element
  [
    'lit-element.js',
    'hydrate and polyfill support',
    's.litElementHydrateSupport?.({LitElement:i});const o=s.litElementPolyfillSupport;o?.({LitElement:i});',
    '0;',
  ],
  // lit-html
  ['lit-html.js', 'polyfill support', 'B=t.litHtmlPolyfillSupport;B?.(S,k),', 'B=0;'],
  [
    'lit-html.js',
    'bindings in raw-text elements',
    'if(y.test(r.tagName)){const t=r.textContent.split(o),i=t.length-1;if(i>0){r.textContent=s?s.emptyScript:"";for(let s=0;s<i;s++)r.append(t[s],c()),P.nextNode(),d.push({type:2,index:++l});r.append(t[i],c())}}',
    '',
  ],
  ['lit-html.js', 'MathML open', '2===i?"<svg>":3===i?"<math>":""', '2===i?"<svg>":""'],
  ['lit-html.js', 'MathML close', '(2===i?"</svg>":3===i?"</math>":"")', '(2===i?"</svg>":"")'],
  [
    'lit-html.js',
    'MathML unwrap',
    'P.currentNode=this.el.content,2===i||3===i)',
    'P.currentNode=this.el.content,2===i)',
  ],
  // No directive classes (lit-html/directive.js is refused below): a value resolves to itself, and
  // the parts' connection state, parents and compiled templates, which only directives and SSR
  // read, go.
  [
    'lit-html.js',
    'directive resolution',
    'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
    'function M(t,i){return i}',
  ],
  ['lit-html.js', 'connection state (instance, attribute, element parts)', 'get _$AU(){return this._$AM._$AU}', '', 3],
  ['lit-html.js', 'connection state (child part)', 'get _$AU(){return this._$AM?._$AU??this._$Cv}', ''],
  ['lit-html.js', 'connection state (child part, set)', ',this._$Cv=e?.isConnected??!0', ''],
  ['lit-html.js', 'setConnected', 'setConnected(t){void 0===this._$AM&&(this._$Cv=t,this._$AP?.(t))}', ''],
  [
    'lit-html.js',
    'async directive disconnection',
    '_$AR(t=this._$AA.nextSibling,s){for(this._$AP?.(!1,!0,s);',
    '_$AR(t=this._$AA.nextSibling){for(;',
  ],
  ['lit-html.js', 'template instance parentNode', 'get parentNode(){return this._$AM.parentNode}', ''],
  [
    'lit-html.js',
    'child part parentNode, startNode, endNode',
    'get parentNode(){let t=this._$AA.parentNode;const i=this._$AM;return void 0!==i&&11===t?.nodeType&&(t=i.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}',
    '',
  ],
  ['lit-html.js', 'attribute part tagName', 'get tagName(){return this.element.tagName}', ''],
  [
    'lit-html.js',
    'compiled templates',
    'const{values:i,_$litType$:s}=t,e="number"==typeof s?this._$AC(t):(void 0===s.el&&(s.el=S.createElement(V(s.h,s.h[0]),this.options)),s);',
    'const{values:i}=t,e=this._$AC(t);',
  ],
  [
    'lit-element.js',
    'setConnected calls',
    'connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}',
    '',
  ],
  // The `useDefault` option and wrapped accessors: the widgets declare neither.
  [
    'reactive-element.js',
    'wrapped accessors',
    'this.prototype.hasOwnProperty(t)&&((s=Object.create(s)).wrapped=!0),',
    '',
  ],
  ['reactive-element.js', 'useDefault default', 'reflect:!1,useDefault:!1,hasChanged:f', 'reflect:!1,hasChanged:f'],
  [
    'reactive-element.js',
    'useDefault in requestUpdate',
    '||i.useDefault&&i.reflect&&h===this._$Ej?.get(t)&&!this.hasAttribute(r._$Eu(t,i))',
    '',
  ],
  [
    'reactive-element.js',
    'useDefault in changes',
    'C(t,s,{useDefault:i,reflect:e,wrapped:h},r){i&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,r??s??this[t]),!0!==h||void 0!==r)||(this._$AL.has(t)||(this.hasUpdated||i||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}',
    'C(t,s,{reflect:e}){this._$AL.has(t)||(this.hasUpdated||(s=void 0),this._$AL.set(t,s)),!0===e&&this._$Em!==t&&(this._$Eq??=new Set).add(t)}',
  ],
  [
    'reactive-element.js',
    'wrapped accessors on first update',
    'const t=this.constructor.elementProperties;if(t.size>0)for(const[s,i]of t){const{wrapped:t}=i,e=this[s];!0!==t||this._$AL.has(s)||void 0===e||this.C(s,void 0,i,e)}',
    '',
  ],
  ['reactive-element.js', 'useDefault on attribute change', 'this[e]=r??this._$Ej?.get(e)??r', 'this[e]=r'],
  // css-tag
  [
    'css-tag.js',
    'ShadyCSS',
    't.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"',
    't.ShadowRoot&&"adoptedStyleSheets"',
  ],
  [
    'css-tag.js',
    'error message',
    'Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.")',
    'Error("css")',
  ],
  [
    'css-tag.js',
    'error message',
    `Error("Value passed to 'css' function must be a 'css' function result: "+t+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")`,
    'Error("css")',
  ],
];

/**
 * Lit's module at `path` with its trims applied, or undefined when it has none. Throws when a
 * trim's code is not there the expected number of times.
 */
export function trimLit(path, code, { keepDirectives = false } = {}) {
  const file = path.replace(/\\/g, '/');
  if (!/\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(file)) return undefined;
  const mine = TRIMS.filter(
    ([suffix, what]) => file.endsWith(`/${suffix}`) && !(keepDirectives && DIRECTIVES.has(what)),
  );
  if (!mine.length) return undefined;
  let out = code;
  for (const [, what, from, to, times = 1] of mine) {
    const count = out.split(from).length - 1;
    if (count !== times)
      throw new Error(
        `lit-trim "${what}": expected its code ${times} time(s) in ${path}, found it ${count}; Lit changed, update build/lit-trim.mjs`,
      );
    out = out.split(from).join(to);
  }
  return out;
}

/** The trims of directive support: the test helpers render string fixtures with `unsafeHTML`. */
const DIRECTIVES = new Set([
  'directive resolution',
  'connection state (instance, attribute, element parts)',
  'connection state (child part)',
  'connection state (child part, set)',
  'setConnected',
  'async directive disconnection',
  'template instance parentNode',
  'child part parentNode, startNode, endNode',
  'attribute part tagName',
  'setConnected calls',
]);

const suffixOf = (path) => TRIMS.find(([suffix]) => path.replace(/\\/g, '/').endsWith(`/${suffix}`))?.[0];

/** For a directive class, Lit needs the resolution trimmed above. */
const isDirectiveImport = (source, importer = '') =>
  /(^|\/)directive\.js$/.test(source) && /lit-html|lit\//.test(`${importer} ${source}`);

/** The Rollup plugin of the drop-in bundle. */
export function litTrim() {
  const seen = new Set();
  return {
    name: 'aw-lit-trim',
    buildEnd(error) {
      const missed = [...new Set(TRIMS.map(([suffix]) => suffix))].filter((s) => !seen.has(s));
      if (!error && missed.length) this.error(`lit-trim: never saw ${missed.join(', ')}; update build/lit-trim.mjs`);
    },
    resolveId(source, importer) {
      if (isDirectiveImport(source, importer))
        this.error(
          `lit-trim: ${importer} imports a Lit directive class (${source}); build/lit-trim.mjs removed their support`,
        );
      return null;
    },
    transform(code, id) {
      try {
        const out = trimLit(id, code);
        if (out === undefined) return null;
        seen.add(suffixOf(id));
        return { code: out, map: null };
      } catch (error) {
        this.error(error.message);
      }
    },
  };
}

/**
 * The same trims for the test runner's dev server (with Lit's production build), so that the
 * whole suite runs on the Lit the drop-in script ships; all but the directive support, which the
 * test helpers use (the drop-in tests in test/embed/ run the bundle with every trim).
 */
export function litTrimServed() {
  return {
    name: 'aw-lit-trim',
    transform(context) {
      const body = typeof context.body === 'string' ? context.body : String(context.body);
      const out = trimLit(context.path, body, { keepDirectives: true });
      return out === undefined ? undefined : { body: out };
    },
  };
}
