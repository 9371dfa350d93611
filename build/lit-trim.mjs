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
 * - `<script>`, `<style>`, `<textarea>`, `<title>` and comments in templates, `svg` and `mathml`
 *   templates, property (`.x=`) and boolean (`?x=`) bindings, render options with a
 *   `creationScope`, converter objects, properties with accessors of their own, `noAccessor` or
 *   `type: Number`, `shadowRootOptions`, `getUpdateComplete`, `noChange`, Lit's `render`: none
 *   exist, and SOURCE_CHECKS fails the build if one comes;
 * - listener objects and listener options, lists other than arrays, DOM nodes as values: every
 *   listener is a function, every list an array from `.map()`, every value a template or text;
 * - directive classes, with element parts and the parts' type, connection state, parents and
 *   compiled templates that only directives and server rendering read (the build fails if a
 *   directive class is imported; `ifDefined` is a plain function and stays);
 * - the `useDefault` property option and wrapped accessors: no property declares them;
 * - styles given as CSSStyleSheet objects, and the cache of sheets by `css` literal: every style
 *   is a `css` literal evaluated once (the `<style>` fallback without adoptedStyleSheets stays);
 * - long developer error messages, replaced by short ones;
 * - Lit's template parser, which reads any HTML, for one that reads the HTML our templates are
 *   written in: litParserCheck fails the build when the two would read a template differently;
 * - bindings of part of an attribute value (`class="a ${x}"`) and element bindings (`<p ${x}>`):
 *   litParserCheck refuses them too;
 * - what reading the bundle showed the widgets leave unused: the default converter's reads and the
 *   default property options (every Boolean has `flag()`'s converter), `firstUpdated`, Lit's
 *   run-time checks of `css` literals (SOURCE_CHECKS: no backslash, only `css` results
 *   interpolated), Trusted Types' empty script for reflected flags, part types and parents,
 *   listener removal (every listener is a function bound once), rendering before the `<style>`
 *   fallback, and a few fields and guards that hold their default anyway.
 */

/**
 * Lit's template parser, as the trims above leave it (`getTemplateHtml`: the HTML of a template with
 * markers for its bindings, and the names of its bound attributes).
 */
const LIT_PARSER =
  'const N=(t,i)=>{const s=t.length-1,e=[];let n,l="",c=v;for(let i=0;i<s;i++){const s=t[i];let a,u,d=-1,f=0;for(;f<s.length&&(c.lastIndex=f,u=c.exec(s),null!==u);)f=c.lastIndex,c===v?"!--"===u[1]?c=_:void 0!==u[1]?c=m:void 0!==u[2]?(c=p):void 0!==u[3]&&(c=p):c===p?">"===u[0]?(c=n??v,d=-1):void 0===u[1]?d=-2:(d=c.lastIndex-u[2].length,a=u[1],c=void 0===u[3]?p:\'"\'===u[3]?$:g):c===$||c===g?c=p:c===_||c===m?c=v:(c=p,n=void 0);const x=c===p&&t[i+1].startsWith("/>")?" ":"";l+=c===v?s+r:d>=0?(e.push(a),s.slice(0,d)+h+s.slice(d)+o+x):s+o+(-2===d?i:x)}return[V(t,l+(t[s]||"<?>")),e]};';

/**
 * Ours, for templates whose bindings are text between elements, or attribute values: unquoted, or
 * all or part of a double-quoted value. For each string before a binding: inside a tag if its last
 * `<` comes after its last `>` (or it has neither and the previous string ended inside a tag);
 * there, a string ending in `name=` or `name="...` starts a bound attribute (marked `name$lit$` as
 * Lit marks it), and any other continues the one before; outside a tag the binding is a child part
 * (Lit's comment marker).
 * `h` is "$lit$", `o` the marker, `r` the marker comment, `V` Lit's check of the strings array.
 */
const SIMPLE_PARSER =
  'const N=t=>{const s=t.length-1,e=[];let l="",c;for(let i=0;i<s;i++){const s=t[i],a=s.lastIndexOf("<"),u=s.lastIndexOf(">"),d=(c=a>u||a==u&&c)&&/([^\\s"\'>=/]+)=("[^"]*)?$/.exec(s),f=d&&d.index+d[1].length;l+=c?d?(e.push(d[1]),s.slice(0,f)+h+s.slice(f)+o):s+o:s+r}return[V(t,l+(t[s]||"<?>")),e]};';

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
  // SVG and MathML templates: the icons are one `<path>` in an `html` template (src/internal/icons.ts),
  // and the source check below refuses `svg` and `mathml` templates.
  ['lit-html.js', 'SVG and MathML open', 'l=2===i?"<svg>":3===i?"<math>":"",c=v', 'l="",c=v'],
  ['lit-html.js', 'SVG and MathML close', '+(2===i?"</svg>":3===i?"</math>":"")', ''],
  [
    'lit-html.js',
    'SVG and MathML unwrap',
    'if(this.el=S.createElement(f,e),P.currentNode=this.el.content,2===i||3===i){const t=this.el.content.firstChild;t.replaceWith(...t.childNodes)}',
    'this.el=S.createElement(f,e),P.currentNode=this.el.content;',
  ],
  // No directive classes (lit-html/directive.js is refused below): a value resolves to itself, and
  // the parts' connection state, parents and compiled templates, which only directives and SSR
  // read, go.
  [
    'lit-html.js',
    'directive resolution',
    'function M(t,i,s=t,e){if(i===E)return i;let h=void 0!==e?s._$Co?.[e]:s._$Cl;const o=a(i)?void 0:i._$litDirective$;return h?.constructor!==o&&(h?._$AO?.(!1),void 0===o?h=void 0:(h=new o(t),h._$AT(t,s,e)),void 0!==e?(s._$Co??=[])[e]=h:s._$Cl=h),void 0!==h&&(i=M(t,h._$AS(t,i.values),h,e)),i}',
    '',
  ],
  // ... and the parts pass their values on as they are.
  ['lit-html.js', 'directive resolution (child part)', '_$AI(t,i=this){t=M(this,t,i),a(t)?', '_$AI(t){a(t)?'],
  [
    'lit-html.js',
    'directive resolution (attribute part)',
    '_$AI(t,i=this,s,e){const h=this.strings;let o=!1;if(void 0===h)t=M(this,t,i,0),',
    '_$AI(t,i,s){const h=this.strings;let o=!1;if(void 0===h)',
  ],
  ['lit-html.js', 'directive resolution (interpolation)', 'r=M(this,e[s+n],i,n)', 'r=e[s+n]'],
  ['lit-html.js', 'uncommitted attribute values', 'o&&!e&&this.j(t)', 'o&&this.j(t)'],
  [
    'lit-html.js',
    'directive resolution (event part)',
    '_$AI(t,i=this){if((t=M(this,t,i,0)??A)===E)return;',
    '_$AI(t){if((t??=A)===E)return;',
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
  // Binding kinds and values the widgets' templates never use (see SOURCE_CHECKS for the guards).
  [
    'lit-html.js',
    'property bindings',
    'ctor:"."===e[1]?I:"?"===e[1]?L:"@"===e[1]?z:H',
    'ctor:"?"===e[1]?L:"@"===e[1]?z:H',
  ],
  [
    'lit-html.js',
    'property binding part',
    'class I extends H{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===A?void 0:t}}',
    '',
  ],
  ['lit-html.js', 'boolean attribute bindings', 'ctor:"?"===e[1]?L:"@"===e[1]?z:H', 'ctor:"@"===e[1]?z:H'],
  [
    'lit-html.js',
    'boolean attribute binding part',
    'class L extends H{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==A)}}',
    '',
  ],
  // Every listener is a function: no listener objects (`handleEvent`), no options (`capture`, ...).
  [
    'lit-html.js',
    'listener objects and options',
    'const s=this._$AH,e=t===A&&s!==A||t.capture!==s.capture||t.once!==s.once||t.passive!==s.passive,h=t!==A&&(s===A||e);e&&this.element.removeEventListener(this.name,this,s),h&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){"function"==typeof this._$AH?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}',
    'const s=this._$AH;t===A?s!==A&&this.element.removeEventListener(this.name,this):s===A&&this.element.addEventListener(this.name,this),this._$AH=t}handleEvent(t){this._$AH.call(this.options?.host??this.element,t)}',
  ],
  // Element bindings (`<p ${x}>`) only ever pass a value to a directive: without directives, the
  // value is dropped as before, by a part that is not created (the parts stay in step).
  [
    'lit-html.js',
    'element parts',
    '1===r.type?i=new r.ctor(h,r.name,r.strings,this,t):6===r.type&&(i=new Z(h,this,t))',
    '1===r.type&&(i=new r.ctor(h,r.name,r.strings,this,t))',
  ],
  [
    'lit-html.js',
    'element part',
    'class Z{constructor(t,i,s){this.element=t,this.type=6,this._$AN=void 0,this._$AM=i,this.options=s}_$AI(t){M(this,t)}}',
    '',
  ],
  // What only directives read of a part: its type, its parent and its async-directive children.
  [
    'lit-html.js',
    'template instance parent',
    'this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=i',
    'this._$AV=[],this._$AD=t',
  ],
  [
    'lit-html.js',
    'child part type and parent',
    'this.type=2,this._$AH=A,this._$AN=void 0,this._$AA=t,this._$AB=i,this._$AM=s,this.options=e',
    'this._$AH=A,this._$AA=t,this._$AB=i,this.options=e',
  ],
  [
    'lit-html.js',
    'attribute part type and parent',
    'this.type=1,this._$AH=A,this._$AN=void 0,this.element=t,this.name=i,this._$AM=e,this.options=h',
    'this._$AH=A,this.element=t,this.name=i,this.options=h',
  ],
  ['lit-html.js', 'event part type', 'constructor(t,i,s,e,h){super(t,i,s,e,h),this.type=5}', ''],
  // Lit's private exports, for directive helpers and server rendering: directive-helpers.js reads
  // only the child part class.
  ['lit-html.js', 'private exports', 'const j={M:h,P:o,A:n,C:1,L:N,R,D:d,V:M,I:k,H,N:L,U:z,B:I,F:Z}', 'const j={I:k}'],
  // The render options never name a `creationScope` (scoped custom element registries).
  ['lit-html.js', 'creation scope', '(t?.creationScope??l).importNode(i,!0)', 'l.importNode(i,!0)'],
  // Every list in a template is an array (`.map()`), never another iterable.
  ['lit-html.js', 'iterables other than arrays', 'd=t=>u(t)||"function"==typeof t?.[Symbol.iterator]', 'd=u'],
  // No template binds a DOM node.
  ['lit-html.js', 'DOM nodes as values', 'void 0!==t.nodeType?this.T(t):', ''],
  // No template holds <script>, <style>, <textarea> or <title>, nor a comment.
  ['lit-html.js', 'raw-text elements', 'y.test(u[2])&&(n=RegExp("</"+u[2],"g")),', ''],
  ['lit-html.js', 'raw-text element names', 'y=/^(?:script|style|textarea|title)$/i,', ''],
  [
    'lit-html.js',
    'bindings in comments',
    'if(r.data===n)d.push({type:2,index:l});else{let t=-1;for(;-1!==(t=r.data.indexOf(o,t+1));)d.push({type:7,index:l}),t+=o.length-1}',
    'r.data===n&&d.push({type:2,index:l});',
  ],
  // lit-element: the connection state that only directives read (see 'setConnected calls').
  [
    'lit-element.js',
    'render options connection state',
    'this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),',
    '',
  ],
  ['lit-element.js', 'root part kept for setConnected', ',this._$Do=void 0', ''],
  ['lit-element.js', 'root part kept for setConnected (set)', 'this._$Do=e(', 'e('],
  // The ShadyDOM wrapper, an identity function without ShadyDOM (see 'polyfill support').
  ['lit-html.js', 'ShadyDOM wrapper', 'const t=globalThis,i=t=>t,', 'const t=globalThis,'],
  [
    'lit-html.js',
    'ShadyDOM wrapper calls',
    'const s=i(t).nextSibling;i(t).remove()',
    'const s=t.nextSibling;t.remove()',
  ],
  ['lit-html.js', 'error message', 'Error("invalid template strings array")', 'Error("lit")'],
  // The template parser: Lit's reads any HTML (a state machine over comments, tags, quotes and
  // raw text); ours reads the HTML our templates are written in, where every binding is text
  // between elements or an attribute value (SIMPLE_PARSER above). The build checks that both read
  // every widget's template alike (litParserCheck), and the whole test suite runs on ours.
  ['lit-html.js', 'template parser', LIT_PARSER, SIMPLE_PARSER],
  [
    'lit-html.js',
    'template parser states',
    'f="[ \\t\\n\\f\\r]",v=/<(?:(!--|\\/[^a-zA-Z])|(\\/?[a-zA-Z][^>\\s]*)|(\\/?$))/g,_=/-->/g,m=/>/g,p=RegExp(`>|${f}(?:([^\\\\s"\'>=/]+)(${f}*=${f}*(?:[^ \\t\\n\\f\\r"\'\\`<>=]|("|\')|))|$)`,"g"),g=/\'/g,$=/"/g,',
    '',
  ],
  // reactive-element: no property has an accessor of its own (SOURCE_CHECKS) or `noAccessor`.
  [
    'reactive-element.js',
    'own accessors',
    'static createProperty(t,s=b){if(s.state&&(s.attribute=!1),this._$Ei(),this.elementProperties.set(t,s),!s.noAccessor){const i=Symbol(),h=this.getPropertyDescriptor(t,i,s);void 0!==h&&e(this.prototype,t,h)}}static getPropertyDescriptor(t,s,i){const{get:e,set:r}=h(this.prototype,t)??{get(){return this[s]},set(t){this[s]=t}};return{get:e,set(s){const h=e?.call(this);r?.call(this,s),this.requestUpdate(t,h,i)},configurable:!0,enumerable:!0}}',
    'static createProperty(t,s=b){s.state&&(s.attribute=!1),this._$Ei(),this.elementProperties.set(t,s);const i=Symbol();e(this.prototype,t,{get(){return this[i]},set(v){const h=this[i];this[i]=v,this.requestUpdate(t,h,s)},configurable:!0,enumerable:!0})}',
  ],
  // `requestUpdate`'s fourth and fifth arguments served `useDefault` and wrapped accessors.
  [
    'reactive-element.js',
    'requestUpdate with a new value',
    'requestUpdate(t,s,i,e=!1,h){if(void 0!==t){const r=this.constructor;if(!1===e&&(h=this[t]),i??=r.getPropertyOptions(t),!((i.hasChanged??f)(h,s)))return;',
    'requestUpdate(t,s,i){if(void 0!==t){if(i??=this.constructor.getPropertyOptions(t),!(i.hasChanged??f)(this[t],s))return;',
  ],
  // Property names are strings (see 'symbol-keyed properties').
  [
    'reactive-element.js',
    'symbol-keyed attribute names',
    '"string"==typeof t?t.toLowerCase():void 0',
    't.toLowerCase()',
  ],
  // A widget's styles: its array flattened. getCompatibleStyle is the identity (see 'CSSStyleSheet
  // styles'), and Lit's removal of repeats, keeping the last, is not needed: no widget's array
  // repeats a sheet, and a repeated sheet would only apply the same rules twice.
  [
    'reactive-element.js',
    'styles flattened',
    'static finalizeStyles(s){const i=[];if(Array.isArray(s)){const e=new Set(s.flat(1/0).reverse());for(const s of e)i.unshift(t(s))}else void 0!==s&&i.push(t(s));return i}',
    'static finalizeStyles(s){return[s??[]].flat(1/0)}',
  ],
  // Every widget renders (its own `render`): LitElement's default `render`, which returns
  // `noChange`, is never called, and no value is `noChange`.
  ['lit-element.js', 'noChange render', 'render(){return r}', 'render(){}'],
  ['lit-html.js', 'noChange (child part)', 't!==this._$AH&&t!==E&&this._(t)', 't!==this._$AH&&this._(t)'],
  ['lit-html.js', 'noChange (attribute part)', 'o=!a(t)||t!==this._$AH&&t!==E,', 'o=!a(t)||t!==this._$AH,'],
  ['lit-html.js', 'noChange (interpolation)', 'r===E&&(r=this._$AH[n]),', ''],
  ['lit-html.js', 'noChange (event part)', '_$AI(t){if((t??=A)===E)return;', '_$AI(t){t??=A;'],
  // Lit's SSR reads it; nothing in the bundle does.
  ['lit-element.js', 'LitElement marker', 'i._$litElement$=!0,', ''],
  // reactive-element: no widget sets `shadowRootOptions` or overrides `getUpdateComplete` (SOURCE_CHECKS).
  [
    'reactive-element.js',
    'shadowRootOptions',
    'this.attachShadow(this.constructor.shadowRootOptions)',
    'this.attachShadow({mode:"open"})',
  ],
  ['reactive-element.js', 'shadowRootOptions default', 'y.shadowRootOptions={mode:"open"},', ''],
  [
    'reactive-element.js',
    'getUpdateComplete',
    'get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}',
    'get updateComplete(){return this._$ES}',
  ],
  // No property declares `type: Number` (SOURCE_CHECKS): numbers are read from strings (`numberIn`).
  ['reactive-element.js', 'Number converter', 'case Number:i=null===t?null:Number(t);break;', ''],
  // Only LitElement calls `render`, always with its render options (SOURCE_CHECKS: the widgets do not).
  [
    'lit-html.js',
    'render without options',
    'const e=s?.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s?.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s??{})}',
    'const e=s.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s)}',
  ],
  // reactive-element: every converter is a function (src/internal/flag.ts), none an object.
  [
    'reactive-element.js',
    'converter objects (from)',
    '"function"==typeof t.converter?{fromAttribute:t.converter}:void 0!==t.converter?.fromAttribute?t.converter:u',
    't.converter?{fromAttribute:t.converter}:u',
  ],
  [
    'reactive-element.js',
    'converter objects (to)',
    '(void 0!==i.converter?.toAttribute?i.converter:u).toAttribute(s,i.type)',
    'u.toAttribute(s,i.type)',
  ],
  // css-tag
  [
    'css-tag.js',
    'ShadyCSS',
    't.ShadowRoot&&(void 0===t.ShadyCSS||t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"',
    '"adoptedStyleSheets"',
  ],
  // Every style is a `css` result, never a CSSStyleSheet: nothing to convert for the <style>
  // fallback (which stays, for browsers without adoptedStyleSheets), nothing to pass through.
  [
    'css-tag.js',
    'CSSStyleSheet styles',
    'c=e?t=>t:t=>t instanceof CSSStyleSheet?(t=>{let e="";for(const s of t.cssRules)e+=s.cssText;return r(e)})(t):t',
    'c=t=>t',
  ],
  ['css-tag.js', 'CSSStyleSheet styles adopted', 't instanceof CSSStyleSheet?t:t.styleSheet', 't.styleSheet'],
  // Each `css` literal is evaluated once, at module level: a cache of sheets by literal never hits.
  [
    'css-tag.js',
    'sheet cache',
    'get styleSheet(){let t=this.o;const s=this.t;if(e&&void 0===t){const e=void 0!==s&&1===s.length;e&&(t=o.get(s)),void 0===t&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),e&&o.set(s,t))}return t}',
    'get styleSheet(){let t=this.o;return e&&void 0===t&&(this.o=t=new CSSStyleSheet).replaceSync(this.cssText),t}',
  ],
  ['css-tag.js', 'sheet cache key', 'this.cssText=t,this.t=e', 'this.cssText=t'],
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
  // Lit's version markers on window: only Lit's development build reads them (to warn of two
  // copies on one page). Without them, and without the hooks above, the drop-in script's Lit
  // touches no window global, and build/page-globals.mjs leaves the page-globals guard out.
  ['lit-html.js', 'version marker', '(t.litHtmlVersions??=[]).push("3.3.3");', ''],
  ['lit-element.js', 'version marker', '(s.litElementVersions??=[]).push("4.2.2");', ''],
  ['reactive-element.js', 'version marker', ',(a.reactiveElementVersions??=[]).push("2.1.2")', ''],
  // After the noChange trims above. Attribute bindings are whole values (`class=${x}`, never
  // `class="a ${x}"`: litParserCheck), so an attribute part holds one value, not the strings and
  // values of an interpolation.
  [
    'lit-html.js',
    'interpolated attributes',
    'this.options=h,s.length>2||""!==s[0]||""!==s[1]?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=A}',
    'this.options=h}',
  ],
  [
    'lit-html.js',
    'interpolated attribute values',
    '_$AI(t,i,s){const h=this.strings;let o=!1;if(void 0===h)o=!a(t)||t!==this._$AH,o&&(this._$AH=t);else{const e=t;let n,r;for(t=h[0],n=0;n<h.length-1;n++)r=e[s+n],o||=!a(r)||r!==this._$AH[n],r===A?t=A:t!==A&&(t+=(r??"")+h[n+1]),this._$AH[n]=r}o&&this.j(t)}',
    '_$AI(t){(!a(t)||t!==this._$AH)&&this.j(this._$AH=t)}',
  ],
  [
    'lit-html.js',
    'interpolated attribute values (template instance)',
    'void 0!==s.strings?(s._$AI(t,s,i),i+=s.strings.length-2):s._$AI(t[i])',
    's._$AI(t[i])',
  ],
  // No element bindings (`<p ${x}>`): the parser check refuses them, as ours would misread them.
  [
    'lit-html.js',
    'element binding markers',
    'else t.startsWith(o)&&(d.push({type:6,index:l}),r.removeAttribute(t));',
    ';',
  ],
  // With property and boolean bindings gone (SOURCE_CHECKS) and attribute parts of one value,
  // a bound attribute is `@name` (a listener) or `name`, and its static strings are not kept.
  [
    'lit-html.js',
    'attribute binding prefixes and strings',
    'const i=v[a++],s=r.getAttribute(t).split(o),e=/([.?@])?(.*)/.exec(i);d.push({type:1,index:l,name:e[2],strings:s,ctor:"@"===e[1]?z:H})',
    'const i=v[a++],e="@"===i[0];d.push({type:1,index:l,name:e?i.slice(1):i,ctor:e?z:H})',
  ],
  // What the widgets' use of Lit leaves unused, found by reading the bundle (stop 15). Each holds
  // for the reason given, and SOURCE_CHECKS or litParserCheck guard the ones a change could break.
  // Trusted Types' empty script only matters for attributes that are script sinks; ours reflect
  // flags onto our own elements.
  ['reactive-element.js', 'trusted empty script', 'c=a.trustedTypes,l=c?c.emptyScript:"",', ''],
  ['reactive-element.js', 'trusted empty script (use)', 's===Boolean&&(t=t?l:null)', 's===Boolean&&(t=t?"":null)'],
  // Every Boolean property has its own converter (`flag()`, SOURCE_CHECKS): the default converter
  // only writes reflected values, and an attribute is read by the property's converter or as is.
  [
    'reactive-element.js',
    'default converter reads',
    ',fromAttribute(t,s){let i=t;switch(s){case Boolean:i=null!==t;break;}return i}}',
    '}',
  ],
  [
    'reactive-element.js',
    'attribute read by the converter function',
    'const t=i.getPropertyOptions(e),h=t.converter?{fromAttribute:t.converter}:u;this._$Em=e;const r=h.fromAttribute(s,t.type);this[e]=r,this._$Em=null',
    'const h=i.getPropertyOptions(e).converter;this._$Em=e,this[e]=h?h(s):s,this._$Em=null',
  ],
  // Every property declares its options, and each option's absence already means its default.
  [
    'reactive-element.js',
    'default property options',
    'b={attribute:!0,type:String,converter:u,reflect:!1,hasChanged:f}',
    'b={}',
  ],
  // An observed attribute always names a property, and only reflecting properties are queued to
  // reflect (see `C`).
  ['reactive-element.js', 'attribute without property', 'if(void 0!==e&&this._$Em!==e){', 'if(this._$Em!==e){'],
  [
    'reactive-element.js',
    'reflect test repeated',
    'const i=this.constructor.elementProperties.get(t),e=this.constructor._$Eu(t,i);if(void 0!==e&&!0===i.reflect){',
    'const i=this.constructor.elementProperties.get(t),e=this.constructor._$Eu(t,i);{',
  ],
  // No widget has `firstUpdated` (SOURCE_CHECKS).
  [
    'reactive-element.js',
    'firstUpdated',
    'this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),',
    'this.hasUpdated=!0,',
  ],
  ['reactive-element.js', 'firstUpdated (default)', 'updated(t){}firstUpdated(t){}}', 'updated(t){}}'],
  // The constructor sets `enableUpdating` on each instance (the update promise's resolver).
  [
    'reactive-element.js',
    'enableUpdating default',
    'this.enableUpdating(!0)}enableUpdating(t){}',
    'this.enableUpdating(!0)}',
  ],
  // Fields whose first value is `undefined` either way.
  [
    'reactive-element.js',
    'empty fields',
    'super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()',
    'super(),this.isUpdatePending=!1,this.hasUpdated=!1,this._$Ev()',
  ],
  // Only defined elements are asked, and they are finalized with their attribute map.
  [
    'reactive-element.js',
    'observedAttributes of a base class',
    'return this.finalize(),this._$Eh&&[...this._$Eh.keys()]',
    'return this.finalize(),[...this._$Eh.keys()]',
  ],
  // An update only runs once connected, and connecting creates the render root.
  [
    'reactive-element.js',
    'render root at first update',
    'if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(const[t,s]of this._$Ep)this[t]=s;this._$Ep=void 0}}',
    'if(!this.hasUpdated&&this._$Ep){for(const[t,s]of this._$Ep)this[t]=s;this._$Ep=void 0}',
  ],
  // `css` literals interpolate only other `css` results, and hold no backslash (SOURCE_CHECKS):
  // the text is the literal's own, and Lit's run-time checks of the values have nothing to refuse.
  [
    'css-tag.js',
    'css literal checks',
    'constructor(t,e,o){if(this._$cssResult$=!0,o!==s)throw Error("css");this.cssText=t}',
    'constructor(t){this.cssText=t}',
  ],
  [
    'css-tag.js',
    'css literal values',
    'const r=t=>new n("string"==typeof t?t:t+"",void 0,s),i=(t,...e)=>{const o=1===t.length?t[0]:e.reduce((e,s,o)=>e+(t=>{if(!0===t._$cssResult$)return t.cssText;if("number"==typeof t)return t;throw Error("css")})(s)+t[o+1],t[0]);return new n(o,t,s)}',
    'const r=t=>new n(t+""),i=(t,...e)=>new n(String.raw(t,...e))',
  ],
  ['css-tag.js', 'css construction token', 's=Symbol(),', ''],
  // `nothing` is only ever our own Lit's: no other copy of Lit needs to recognise it.
  ['lit-html.js', 'nothing across copies of Lit', 'A=Symbol.for("lit-nothing")', 'A=Symbol()'],
  [
    'lit-html.js',
    'template element',
    'this.el=S.createElement(f,e)',
    '(this.el=document.createElement("template")).innerHTML=f',
  ],
  [
    'lit-html.js',
    'template element (method)',
    'static createElement(t,i){const s=l.createElement("template");return s.innerHTML=t,s}',
    '',
  ],
  ['lit-html.js', 'array alias', 'u=Array.isArray,d=u,', 'u=Array.isArray,'],
  ['lit-html.js', 'array alias (use)', ':d(t)?this.k(t)', ':u(t)?this.k(t)'],
  ['lit-html.js', 'attribute-less elements', 'if(r.hasAttributes())for(', 'for('],
  // No comments in templates (SOURCE_CHECKS): every comment before the last part is a part's marker.
  [
    'lit-html.js',
    'comments other than markers',
    '}else if(8===r.nodeType)r.data===n&&d.push({type:2,index:l});',
    '}else 8===r.nodeType&&d.push({type:2,index:l});',
  ],
  // Two kinds of part remain, told apart by their class; no part is left undefined.
  ['lit-html.js', 'part types (attribute)', 'd.push({type:1,index:l,name:', 'd.push({index:l,name:'],
  ['lit-html.js', 'part types (child)', 'd.push({type:2,index:l})', 'd.push({index:l})'],
  [
    'lit-html.js',
    'part types (instance)',
    '2===r.type?i=new k(h,h.nextSibling,this,t):1===r.type&&(i=new r.ctor(h,r.name,r.strings,this,t))',
    'i=r.ctor?new r.ctor(h,r.name,t):new k(h,h.nextSibling,t)',
  ],
  [
    'lit-html.js',
    'part types (update)',
    'for(const s of this._$AV)void 0!==s&&(s._$AI(t[i])),i++',
    'for(const s of this._$AV)s._$AI(t[i++])',
  ],
  ['lit-html.js', 'part parents (child)', 'class k{constructor(t,i,s,e){', 'class k{constructor(t,i,e){'],
  ['lit-html.js', 'part parents (attribute)', 'class H{constructor(t,i,s,e,h){', 'class H{constructor(t,i,h){'],
  [
    'lit-html.js',
    'part parents (list)',
    'new k(this.O(c()),this.O(c()),this,this.options)',
    'new k(this.O(c()),this.O(c()),this.options)',
  ],
  // LitElement renders into its shadow root after anything there (the <style> fallback).
  [
    'lit-element.js',
    'render before styles',
    'createRenderRoot(){const t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}',
    '',
  ],
  [
    'lit-html.js',
    'render before',
    'const D=(t,i,s)=>{const e=s.renderBefore??i;let h=e._$litPart$;if(void 0===h){const t=s.renderBefore??null;e._$litPart$=h=new k(i.insertBefore(c(),t),t,void 0,s)}return h._$AI(t),h}',
    'const D=(t,i,s)=>{let h=i._$litPart$;return void 0===h&&(i._$litPart$=h=new k(i.appendChild(c()),null,s)),h._$AI(t),h}',
  ],
  // Every listener is a function, bound once (SOURCE_CHECKS: `@x=${fn}` with a function), and
  // LitElement's render options always name the host.
  [
    'lit-html.js',
    'listeners removed or replaced',
    '_$AI(t){t??=A;const s=this._$AH;t===A?s!==A&&this.element.removeEventListener(this.name,this):s===A&&this.element.addEventListener(this.name,this),this._$AH=t}',
    '_$AI(t){this._$AH===A&&this.element.addEventListener(this.name,this),this._$AH=t}',
  ],
  [
    'lit-html.js',
    'listener host',
    'this._$AH.call(this.options?.host??this.element,t)',
    'this._$AH.call(this.options.host,t)',
  ],
  ['lit-element.js', 'default render', 'render(){}}', '}'],
];

/**
 * Lit's module at `path` with its trims applied, or undefined when it has none. Throws when a
 * trim's code is not there the expected number of times.
 */
export function trimLit(path, code, { forTests = false } = {}) {
  const file = path.replace(/\\/g, '/');
  if (!/\/node_modules\/(lit-html|lit-element|@lit\/reactive-element)\//.test(file)) return undefined;
  const mine = TRIMS.filter(([suffix, what]) => file.endsWith(`/${suffix}`) && !(forTests && KEPT_FOR_TESTS.has(what)));
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

/**
 * The trims the test helpers need undone: directive support (they render string fixtures with
 * `unsafeHTML`), boolean attribute bindings (test fixtures bind `?expandable=`) and interpolated
 * attribute values (fixtures write `style="width: ${w}px"`).
 */
const KEPT_FOR_TESTS = new Set([
  'comments other than markers',
  'part types (attribute)',
  'part types (child)',
  'part types (instance)',
  'part types (update)',
  'part parents (child)',
  'part parents (attribute)',
  'part parents (list)',
  'render before styles',
  'render before',
  'listeners removed or replaced',
  'listener host',
  'default render',
  'attribute binding prefixes and strings',
  'element binding markers',
  'interpolated attributes',
  'interpolated attribute values',
  'interpolated attribute values (template instance)',
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
  'directive resolution (child part)',
  'directive resolution (attribute part)',
  'directive resolution (interpolation)',
  'uncommitted attribute values',
  'directive resolution (event part)',
  'noChange render',
  'render without options',
  'noChange (child part)',
  'noChange (attribute part)',
  'noChange (interpolation)',
  'noChange (event part)',
  'element parts',
  'element part',
  'template instance parent',
  'child part type and parent',
  'attribute part type and parent',
  'event part type',
  'render options connection state',
  'root part kept for setConnected',
  'root part kept for setConnected (set)',
  'boolean attribute bindings',
  'boolean attribute binding part',
]);

/**
 * What the widgets' own code must not use, since a trim above removed Lit's support for it; the
 * build fails naming the file. Comments are not checked.
 */
const SOURCE_CHECKS = [
  [/\b(svg|mathml)`/, '`svg` or `mathml` templates'],
  [/\s[.?][\w-]+=\$\{/, 'property (`.x=${}`) or boolean attribute (`?x=${}`) bindings'],
  [/<(script|style|textarea|title)[\s>]/i, '<script>, <style>, <textarea> or <title> in a template'],
  [/<!--/, 'comments in templates'],
  [/\bcreationScope\b/, 'render options with a creationScope'],
  [/\bconverter:\s*\{/, 'converter objects'],
  [/\bnoAccessor\b/, 'properties without accessors (`noAccessor`)'],
  [/\bshadowRootOptions\b|\bgetUpdateComplete\b/, '`shadowRootOptions` or `getUpdateComplete`'],
  [/\btype:\s*Number\b/, 'properties of `type: Number`'],
  [/\bnoChange\b/, '`noChange`'],
  [/import\s*\{[^}]*\brender\b[^}]*\}\s*from\s*'lit/, "Lit's `render`"],
  [(code) => ownAccessor(code) !== undefined, 'a reactive property with a getter or setter of its own'],
  [
    (code) => /\btype:\s*Boolean\b/.test(code) && !/\bconverter:/.test(code),
    'a Boolean property without a converter (use flag())',
  ],
  [/\bfirstUpdated\b/, '`firstUpdated`'],
  [
    /@[\w-]+=\$\{(?!\s*(?:this\.\w+\s*\}|\w+\s*\}|\([^()]*\)\s*=>|\w+\s*=>))/,
    'an event binding that is not a function (`@x=${fn}`)',
  ],
  [/\bcss`[^`]*\\/, 'a backslash in a `css` literal'],
  [/\bcss`[^`]*\$\{(?!\s*\w+\s*\})/, 'a `css` literal interpolating anything but a `css` result'],
];

/** The first reactive property (in `static properties`) that `code` also gives a getter or setter. */
function ownAccessor(code) {
  const declared = /static (?:override )?properties[^=]*=\s*\{([\s\S]*?)\};/.exec(code)?.[1] ?? '';
  const names = new Set([...declared.matchAll(/(?:^|[{,])\s*(\w+):/g)].map((m) => m[1]));
  return [...code.matchAll(/\b[gs]et (\w+)\(/g)].find((m) => names.has(m[1]))?.[1];
}

/** The first of SOURCE_CHECKS that the widgets' source `code` fails, if any. */
export function sourceCheck(code) {
  const bare = code.replace(/\/\*[\s\S]*?\*\/|(^|[^:])\/\/.*$/gm, '$1');
  return SOURCE_CHECKS.find(([test]) => (test instanceof RegExp ? test.test(bare) : test(bare)))?.[1];
}

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
      if (/\/src\/.*\.ts$/.test(id.replace(/\\/g, '/'))) {
        const used = sourceCheck(code);
        if (used) this.error(`lit-trim: ${id} uses ${used}, whose support build/lit-trim.mjs removed from Lit`);
        return null;
      }
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
      const out = trimLit(context.path, body, { forTests: true });
      return out === undefined ? undefined : { body: out };
    },
  };
}

/**
 * Lit's template parser and ours (see 'template parser'), as functions of a template's strings,
 * to compare in Node: the same markers, and no Trusted Types.
 */
export function templateParsers() {
  const states = TRIMS.find(([, what]) => what === 'template parser states')[2];
  const make = (parser) =>
    new Function('h', 'o', 'r', 'V', `const ${states.slice(0, -1)};${parser}return N`)(
      '$lit$',
      'lit$0$',
      '<?lit$0$>',
      (_strings, html) => html,
    );
  return { lit: make(LIT_PARSER), ours: make(SIMPLE_PARSER) };
}

/** The strings of every `html` template in a module's syntax tree. */
function* templatesIn(node) {
  if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html')
    yield node.quasi.quasis.map((q) => q.value.cooked);
  for (const value of Object.values(node))
    for (const child of Array.isArray(value) ? value : [value])
      if (child && typeof child.type === 'string') yield* templatesIn(child);
}

/**
 * The first template of `ast` that the drop-in script's Lit would read wrongly, if any, and why:
 * our parser reads it differently from Lit's, or it binds part of an attribute's value.
 */
export function misreadTemplate(ast) {
  const { lit, ours } = templateParsers();
  for (const strings of templatesIn(ast)) {
    const template = strings.join('${…}');
    const read = ours(strings);
    if (JSON.stringify(lit(strings)) !== JSON.stringify(read))
      return { template, why: "our template parser reads it differently from Lit's" };
    for (const [, value] of read[0].matchAll(/\$lit\$=("[^"]*"|[^\s>]*)/g))
      if (value !== '"lit$0$"' && value !== 'lit$0$')
        return { template, why: 'it binds part of an attribute value (write the whole value: class=${`a ${b}`})' };
  }
  return undefined;
}

/**
 * The Rollup plugin that fails the build when a widget's template (as the bundle will hold it,
 * after minify-html-literals) would be read differently by our template parser than by Lit's, or
 * binds part of an attribute value.
 */
export function litParserCheck() {
  return {
    name: 'aw-lit-parser-check',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replace(/\\/g, '/'))) return null;
      const misread = misreadTemplate(this.parse(code));
      if (misread !== undefined)
        this.error(
          `lit-trim: ${misread.why}, in ${id}: html\`${misread.template}\`. The drop-in script's Lit reads bindings of text between elements and whole attribute values (unquoted or in double quotes); see build/lit-trim.mjs.`,
        );
      return null;
    },
  };
}
