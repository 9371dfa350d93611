/**
 * The frame page's own script (dist/frame.js), for hosts that take only an `<iframe>` (Canvas,
 * SharePoint, Google Sites, Wix):
 *
 *   frame.html?widget=hotline-banner&variant=card&lang=es&theme=dark
 *
 * shows one widget configured by the query string: the widget's own attributes by name (read from
 * custom-elements.json at build time, with the values each allows), plus `lang` and `dir` for the
 * page. Anything else (an unknown widget or parameter, a value the attribute does not allow) shows
 * a plain message with the hotline instead, never a blank frame and never an error. It then tells
 * the host page its height by `postMessage`, for dist/frame-resize.js. Not part of the main bundle.
 */
import { FRAME_MESSAGE, FRAME_MEASURE, type FrameRule } from './protocol.js';

/** Written by rollup.frame.config.mjs from custom-elements.json and the content module. */
declare const __AW_FRAME__: {
  readonly widgets: Readonly<Record<string, Readonly<Record<string, FrameRule>>>>;
  readonly langs: readonly string[];
};

const { widgets, langs } = __AW_FRAME__;

/** Why the query string cannot be shown, in plain words (never echoing the value). */
function problem(params: URLSearchParams): string | undefined {
  const name = (params.get('widget') ?? '').trim().toLowerCase().replace(/^aw-/, '');
  const rules = widgets[name];
  if (!rules) return `the address names no widget this page knows (one of ${Object.keys(widgets).join(', ')}).`;
  for (const [key, value] of params) {
    if (key === 'widget') continue;
    if (key === 'lang') {
      if (
        !langs.includes(value.trim().toLowerCase().split(/[-_]/)[0] ?? '') ||
        !/^[a-z]{2,3}([-_][a-z0-9]{1,8})*$/i.test(value)
      )
        return `"lang" must be one of ${langs.join(', ')}.`;
      continue;
    }
    if (key === 'dir') {
      if (!['ltr', 'rtl', 'auto'].includes(value)) return '"dir" must be ltr, rtl or auto.';
      continue;
    }
    const rule = rules[key];
    if (!rule) return `"${key}" is not an option of this widget.`;
    if (!allowed(rule, value)) return `the value of "${key}" is not allowed.`;
  }
  if (params.getAll('widget').length > 1 || new Set([...params.keys()]).size !== [...params.keys()].length)
    return 'an option is given twice.';
  return undefined;
}

function allowed(rule: FrameRule, value: string): boolean {
  const v = value.trim().toLowerCase();
  switch (rule.kind) {
    case 'boolean':
      return ['', 'true', 'false'].includes(v);
    case 'one-of':
      return rule.values.includes(v);
    case 'range': {
      const n = Number(v);
      return v !== '' && Number.isFinite(n) && n >= rule.min && n <= rule.max;
    }
    case 'https':
      return /^https:\/\/[^\s"'<>\\]+$/i.test(value) && value.length <= 500;
    default:
      return value.length <= 200 && !/[<>"]/.test(value);
  }
}

function show(): void {
  const params = new URLSearchParams(location.search);
  const main = document.getElementById('frame');
  const fallback = document.getElementById('fallback');
  if (!main || !fallback) return;
  const why = problem(params);
  if (why) {
    const p = document.createElement('p');
    p.id = 'problem';
    p.textContent = `This awareness widget cannot be shown: ${why} If you need help now:`;
    fallback.prepend(p);
    fallback.classList.add('problem');
    return;
  }
  const name = (params.get('widget') ?? '').trim().toLowerCase().replace(/^aw-/, '');
  const el = document.createElement(`aw-${name}`);
  const root = document.documentElement;
  for (const [key, value] of params) {
    if (key === 'widget') continue;
    if (key === 'lang' || key === 'dir') root.setAttribute(key, value.trim());
    else if (widgets[name]?.[key]?.kind !== 'boolean') el.setAttribute(key, value.trim());
    else if (value.trim().toLowerCase() !== 'false') el.setAttribute(key, '');
  }
  // The hotline card stays inside the element: the reader sees it if the widget cannot render.
  el.append(...fallback.childNodes);
  fallback.replaceWith(el);
}

/** The page's height, for the host's copy of frame-resize.js. */
function postHeight(): void {
  if (parent === window) return;
  // '*': the host's origin is unknown to a static page, and the message says only how tall it is.
  parent.postMessage(
    { type: FRAME_MESSAGE, height: Math.ceil(document.documentElement.getBoundingClientRect().height) },
    '*',
  );
}

try {
  show();
} catch (error) {
  console.warn('awareness-widgets frame:', error);
}
if (typeof ResizeObserver === 'function') new ResizeObserver(postHeight).observe(document.documentElement);
addEventListener('message', (event) => {
  if (event.source === parent && parent !== window && event.data?.type === FRAME_MEASURE) postHeight();
});
