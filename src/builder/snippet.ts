/**
 * The builder's choices and the snippets made from them: pure functions, no DOM, so the tests
 * paste exactly what the page shows. Every value is checked before it reaches a snippet, and
 * every attribute value is escaped as well.
 */
import { frameHeight } from '../frame/heights.js';
import { card } from '../nocard/cards.js';
import { parseHex } from './contrast.js';
import type { Option, Widget } from './manifest.js';

export const KINDS = ['script', 'embed', 'iframe', 'card', 'module'] as const;
export type Kind = (typeof KINDS)[number];

export const KIND_LABELS: Record<Kind, string> = {
  script: 'Script and element',
  embed: 'Script tag alone (data-embed)',
  iframe: 'Iframe (the frame page)',
  card: 'No-script card (plain HTML)',
  module: 'ES module import',
};

export interface Platform {
  label: string;
  kind: Kind;
  steps: string[];
}

export const PLATFORMS: Record<string, Platform> = {
  site: {
    label: 'A plain website (HTML)',
    kind: 'script',
    steps: [
      'Open the page’s HTML where the widget should appear.',
      'Paste the snippet there and publish the page.',
      'Loading the script once per page is enough for several widgets.',
    ],
  },
  wordpress: {
    label: 'WordPress',
    kind: 'script',
    steps: [
      'In the block editor, add a “Custom HTML” block where the widget should appear.',
      'Paste the snippet into the block and update the page.',
      'WordPress.com plans without plugins remove scripts: choose the iframe snippet there.',
    ],
  },
  'google-sites': {
    label: 'Google Sites',
    kind: 'iframe',
    steps: [
      'Choose Insert, then Embed, then the “Embed code” tab.',
      'Paste the snippet, choose Next, then Insert.',
      'Drag the box’s lower edge if the widget needs more room.',
    ],
  },
  canvas: {
    label: 'Canvas LMS',
    kind: 'iframe',
    steps: [
      'Edit the page and open the HTML editor (the </> button below the editor).',
      'Paste the snippet where the widget should appear, then save.',
      'If your Canvas removes iframes, choose the no-script card instead.',
    ],
  },
  sharepoint: {
    label: 'SharePoint',
    kind: 'iframe',
    steps: [
      'Edit the page and add an “Embed” web part.',
      'Paste the snippet into its box, then republish the page.',
      'If SharePoint refuses the address, a site administrator adds its domain under HTML Field Security.',
    ],
  },
  squarespace: {
    label: 'Squarespace',
    kind: 'script',
    steps: [
      'Edit the page and add a “Code” block.',
      'Paste the snippet, leave the mode on HTML, and save.',
      'Scripts in Code blocks need a Squarespace plan that allows them; otherwise choose the iframe snippet.',
    ],
  },
  wix: {
    label: 'Wix',
    kind: 'iframe',
    steps: [
      'Choose Add, then Embed code, then “Embed HTML”.',
      'Choose “Code”, paste the snippet and apply.',
      'Make the box as tall as the snippet’s height.',
    ],
  },
  blogger: {
    label: 'Blogger',
    kind: 'embed',
    steps: [
      'In Layout, add an “HTML/JavaScript” gadget (or, in a post, switch to HTML view).',
      'Paste the snippet and save.',
    ],
  },
  app: {
    label: 'A JavaScript app (React, Vue …)',
    kind: 'module',
    steps: [
      'Install the package at this version with npm (the first line of the snippet).',
      'Put the import in your app’s entry file, once; put the element in your template.',
      'Types for TypeScript and your editor come with the package.',
    ],
  },
};

export interface Choices {
  widget: string;
  /** Attribute values by name; '' turns a boolean on. */
  attrs: Record<string, string>;
  lang: '' | 'en' | 'es';
  theme: '' | 'light' | 'dark' | 'auto';
  accent: string;
  background: string;
  platform: string;
  kind: Kind;
  host: 'cdn' | 'self';
  /** With host 'self': the address of the partner's copy of the dist folder. */
  path: string;
  /** The column width the preview (and the iframe's height) is sized for. */
  size: Size;
}

export const SIZES = { narrow: 320, medium: 600, wide: 960 } as const;
export type Size = keyof typeof SIZES;

/** What the snippet needs to know of the build. */
export interface Release {
  version: string;
  integrity: string;
}

export const cdnBase = (version: string): string => `https://cdn.jsdelivr.net/npm/awareness-widgets@${version}/dist/`;

/** Escapes a value for a double-quoted HTML attribute (values are checked first; this is the second guard). */
export function attr(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A plain, safe address: https://host/path, /path or a relative path; no quotes, spaces or schemes. */
const SAFE_PATH = /^(https:\/\/[a-z0-9.-]+(:\d+)?)?[a-z0-9._~/-]*$/i;

/** The message for a bad folder address, or '' when it is fine. */
export function pathProblem(path: string): string {
  const p = path.trim();
  if (!p) return 'Type the address of your copy of the dist folder, for example /js/awareness-widgets/.';
  if (/^[a-z][a-z0-9+.-]*:/i.test(p) && !/^https:\/\//i.test(p))
    return `“${p.split(':')[0]}:” addresses are not allowed: use https:// or a path on your site, such as /js/.`;
  if (!SAFE_PATH.test(p))
    return 'Use only letters, digits and . _ ~ / - in the address (no quotes, spaces or other signs), such as /js/ or https://example.org/js/.';
  return '';
}

/** The message for a bad colour, or '' when it is fine (or empty: no colour). */
export function colourProblem(value: string): string {
  if (!value.trim() || parseHex(value)) return '';
  return 'Type a colour as # and three or six hexadecimal digits, such as #0b5cad; nothing else is accepted.';
}

/** The message for a bad option value, or ''. */
export function optionProblem(option: Option, value: string | undefined): string {
  if (value === undefined) return '';
  switch (option.kind) {
    case 'boolean':
      return value === '' ? '' : `${option.name} is on or off.`;
    case 'choice':
      return option.values.includes(value) ? '' : `${option.name} is one of ${option.values.join(', ')}.`;
    case 'number': {
      const n = Number(value);
      return /^\d+$/.test(value) && n >= option.min && n <= option.max
        ? ''
        : `${option.name} is a whole number from ${option.min} to ${option.max}.`;
    }
    case 'text': {
      let url: URL | undefined;
      try {
        url = new URL(value);
      } catch {
        url = undefined;
      }
      return url?.protocol === 'https:' && /^[^\s"'<>`\\]+$/.test(value)
        ? ''
        : `${option.name}: type a full https:// address, without quotes or spaces.`;
    }
  }
}

/** Every problem with the choices, by the control it belongs to. */
export function problems(choices: Choices, widget: Widget): Map<string, string> {
  const found = new Map<string, string>();
  for (const option of widget.options) {
    const problem = optionProblem(option, choices.attrs[option.name]);
    if (problem) found.set(option.name, problem);
  }
  for (const key of ['accent', 'background'] as const) {
    const problem = colourProblem(choices[key]);
    if (problem) found.set(key, problem);
  }
  if (choices.host === 'self' && choices.kind !== 'card' && choices.kind !== 'module') {
    const problem = pathProblem(choices.path);
    if (problem) found.set('path', problem);
  }
  return found;
}

/** The element's attributes in the order the widget lists them, then lang and theme. */
export function attributesOf(choices: Choices, widget: Widget): [string, string][] {
  const list: [string, string][] = widget.options
    .filter((o) => choices.attrs[o.name] !== undefined)
    .map((o) => [o.name, choices.attrs[o.name]]);
  if (choices.lang) list.push(['lang', choices.lang]);
  if (choices.theme) list.push(['theme', choices.theme]);
  return list;
}

/** The brand colours as custom properties (the focus ring follows the accent). */
export function colourProperties(choices: Choices): [string, string][] {
  const props: [string, string][] = [];
  const accent = parseHex(choices.accent) && choices.accent.trim().toLowerCase();
  const background = parseHex(choices.background) && choices.background.trim().toLowerCase();
  if (accent) props.push(['--aw-color-accent', accent], ['--aw-color-focus', accent]);
  if (background) props.push(['--aw-color-bg', background]);
  return props;
}

const tagHtml = (widget: Widget, attrs: [string, string][], style: string, inner = ''): string =>
  `<${widget.tag}${attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${attr(v)}"`)).join('')}${style}>${inner}</${widget.tag}>`;

const FALLBACK = '\n  <a href="tel:+18008435678">NCMEC 24-hour hotline: 1-800-843-5678</a>\n';

export interface Snippet {
  code: string;
  /** What the partner should know about this snippet (what it cannot carry, for one). */
  notes: string[];
}

/** The snippet for the choices; call only when `problems()` found none. */
export function snippetFor(choices: Choices, widget: Widget, release: Release): Snippet {
  const attrs = attributesOf(choices, widget);
  const colours = colourProperties(choices);
  const notes: string[] = [];
  const base = choices.host === 'self' ? choices.path.trim().replace(/\/?$/, '/') : cdnBase(release.version);
  const sri = choices.host === 'cdn' ? ` integrity="${release.integrity}" crossorigin="anonymous"` : '';
  const script = `${base}awareness-widgets.js`;
  const style = colours.length ? ` style="${colours.map(([k, v]) => `${k}:${v}`).join(';')}"` : '';
  const noColours = (): void => {
    if (colours.length)
      notes.push('This kind of snippet cannot carry brand colours: choose “Script and element” for them.');
  };
  if (choices.host === 'self' && choices.kind !== 'card' && choices.kind !== 'module')
    notes.push(
      `Copy the files of the package’s dist folder (version ${release.version}) to ${base} on your site; the snippet loads them from there.`,
    );
  switch (choices.kind) {
    case 'script': {
      const inner = widget.tag === 'aw-hotline-banner' ? FALLBACK : '';
      return {
        code: `<script src="${attr(script)}"${sri} defer></script>\n${tagHtml(widget, attrs, style, inner)}\n`,
        notes,
      };
    }
    case 'embed': {
      noColours();
      const data = attrs.map(([k, v]) => ` data-${k}="${attr(v)}"`).join('');
      return {
        code: `<script src="${attr(script)}"${sri} data-embed="${widget.name}"${data} defer></script>\n`,
        notes,
      };
    }
    case 'iframe': {
      noColours();
      const query = new URLSearchParams([['widget', widget.name], ...attrs]);
      const height = frameHeight(widget.name, Object.fromEntries(attrs), SIZES[choices.size]) ?? 600;
      const title = `${widget.name.replace(/-/g, ' ')} (awareness-widgets)`;
      return {
        code: `<iframe src="${attr(`${base}frame.html?${query}`)}" title="${attr(title)}" width="100%" height="${height}" style="border:0"></iframe>\n`,
        notes,
      };
    }
    case 'card': {
      noColours();
      notes.push('The card is plain text and links: it needs no script and survives editors that remove them.');
      const level = Number(choices.attrs['heading-level']);
      return { code: card(widget.name, choices.lang || 'en', level ? { headingLevel: level } : {}), notes };
    }
    case 'module':
      return {
        code: `<!-- npm install awareness-widgets@${release.version} -->\n<script type="module">\n  import 'awareness-widgets/${widget.name}.js';\n</script>\n${tagHtml(widget, attrs, style)}\n`,
        notes,
      };
  }
}
