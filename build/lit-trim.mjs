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
 * - long developer error messages, replaced by short ones.
 */

/** [module path suffix, what it is, exact text, replacement] */
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

export function litTrim() {
  const seen = new Set();
  return {
    name: 'aw-lit-trim',
    buildEnd(error) {
      const missed = [...new Set(TRIMS.map(([suffix]) => suffix))].filter((s) => !seen.has(s));
      if (!error && missed.length) this.error(`lit-trim: never saw ${missed.join(', ')}; update build/lit-trim.mjs`);
    },
    transform(code, id) {
      const path = id.replace(/\\/g, '/');
      if (!/\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(path)) return null;
      const mine = TRIMS.filter(([suffix]) => path.endsWith(`/${suffix}`));
      if (!mine.length) return null;
      seen.add(mine[0][0]);
      let out = code;
      for (const [, what, from, to] of mine) {
        const count = out.split(from).length - 1;
        if (count !== 1)
          this.error(
            `lit-trim "${what}": expected its code once in ${id}, found it ${count} times; Lit changed, update build/lit-trim.mjs`,
          );
        out = out.replace(from, () => to);
      }
      return { code: out, map: null };
    },
  };
}
