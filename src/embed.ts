/**
 * Script-tag-only embedding, for editors that keep a `<script>` but strip unknown tags:
 *
 *   <script src=".../awareness-widgets.js" data-embed="hotline-banner" data-position="bottom" data-lang="es" defer></script>
 *
 * places `<aw-hotline-banner position="bottom" lang="es">` right after the script (or, when the
 * script sits in the `<head>`, at the start or end of the `<body>`). Each `data-*` attribute
 * becomes the widget attribute of the same name; only the widget's own attributes, `lang` and
 * `dir` are accepted, so nothing here can add an event handler or a style.
 */
import { ELEMENTS, TAGS, type Tag } from './registry.js';

const GLOBAL_ATTRIBUTES = ['lang', 'dir', 'id'];

export function embedFrom(script: HTMLScriptElement): HTMLElement | undefined {
  const name = script.getAttribute('data-embed');
  if (name === null) return undefined;
  const tag = `aw-${name.trim().toLowerCase().replace(/^aw-/, '')}`;
  if (!(TAGS as string[]).includes(tag)) {
    console.warn(
      `awareness-widgets: ignoring data-embed="${name}"; expected one of ${TAGS.map((t) => t.slice(3)).join(', ')}.`,
    );
    return undefined;
  }
  const allowed = new Set([...(ELEMENTS[tag as Tag].observedAttributes ?? []), ...GLOBAL_ATTRIBUTES]);
  const el = document.createElement(tag);
  for (const { name: attr, value } of [...script.attributes]) {
    if (!attr.startsWith('data-') || attr === 'data-embed') continue;
    const target = attr.slice(5);
    if (allowed.has(target)) el.setAttribute(target, value);
    else
      console.warn(
        `<${tag}>: ignoring data-${target}="${value}" on the script tag; it is not an attribute of <${tag}>.`,
      );
  }
  place(script, el);
  return el;
}

function place(script: HTMLScriptElement, el: HTMLElement): void {
  const insert = (): void => {
    if (script.isConnected && script.closest('body')) script.after(el);
    else if (el.getAttribute('position') === 'top') document.body.prepend(el);
    else document.body.append(el);
  };
  if (document.body) insert();
  else document.addEventListener('DOMContentLoaded', insert, { once: true });
}

const current = typeof document !== 'undefined' ? document.currentScript : null;
if (current instanceof HTMLScriptElement && current.hasAttribute('data-embed')) {
  try {
    embedFrom(current);
  } catch (error) {
    console.warn('awareness-widgets: could not embed from the script tag:', error);
  }
}
