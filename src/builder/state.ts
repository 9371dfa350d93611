/**
 * The choices in the page's address (query string), so a configuration can be bookmarked or
 * shared. Unknown or bad values are dropped with a console warning; the defaults stand in.
 */
import type { Widget } from './manifest.js';
import { KINDS, PLATFORMS, SIZES, type Choices, type Kind, type Size } from './snippet.js';

const OWN_KEYS = ['widget', 'lang', 'theme', 'accent', 'background', 'platform', 'snippet', 'host', 'path', 'size'];

export function defaults(widgets: Widget[]): Choices {
  return {
    widget: widgets.find((w) => w.name === 'hotline-banner')?.name ?? widgets[0].name,
    attrs: {},
    lang: '',
    theme: '',
    accent: '',
    background: '',
    platform: 'site',
    kind: 'script',
    host: 'cdn',
    path: '',
    size: 'medium',
  };
}

function pick<T extends string>(value: string | null, allowed: readonly string[], key: string): T | undefined {
  if (value === null) return undefined;
  if (allowed.includes(value)) return value as T;
  console.warn(
    `Embed builder: ignoring ${key}=${JSON.stringify(value)} in the address; expected one of ${allowed.join(', ')}.`,
  );
  return undefined;
}

export function readChoices(search: string, widgets: Widget[]): Choices {
  const q = new URLSearchParams(search);
  const c = defaults(widgets);
  c.widget =
    pick(
      q.get('widget'),
      widgets.map((w) => w.name),
      'widget',
    ) ?? c.widget;
  const widget = widgets.find((w) => w.name === c.widget)!;
  for (const option of widget.options) {
    const value = q.get(option.name);
    if (value !== null && !OWN_KEYS.includes(option.name)) c.attrs[option.name] = value;
  }
  c.lang = pick(q.get('lang'), ['', 'en', 'es'], 'lang') ?? c.lang;
  c.theme = pick(q.get('theme'), ['', 'light', 'dark', 'auto'], 'theme') ?? c.theme;
  // Colours and the path are kept as typed: the page shows why a bad one is refused.
  c.accent = q.get('accent') ?? '';
  c.background = q.get('background') ?? '';
  c.path = q.get('path') ?? '';
  c.platform = pick(q.get('platform'), Object.keys(PLATFORMS), 'platform') ?? c.platform;
  c.kind = pick<Kind>(q.get('snippet'), KINDS, 'snippet') ?? PLATFORMS[c.platform].kind;
  c.host = pick<'cdn' | 'self'>(q.get('host'), ['cdn', 'self'], 'host') ?? c.host;
  c.size = pick<Size>(q.get('size'), Object.keys(SIZES), 'size') ?? c.size;
  return c;
}

export function writeChoices(c: Choices, widget: Widget): string {
  const q = new URLSearchParams({ widget: c.widget });
  for (const option of widget.options) if (c.attrs[option.name] !== undefined) q.set(option.name, c.attrs[option.name]);
  const rest: [string, string][] = [
    ['lang', c.lang],
    ['theme', c.theme],
    ['accent', c.accent],
    ['background', c.background],
    ['platform', c.platform],
    ['snippet', c.kind === PLATFORMS[c.platform].kind ? '' : c.kind],
    ['host', c.host === 'cdn' ? '' : c.host],
    ['path', c.host === 'self' ? c.path : ''],
    ['size', c.size === 'medium' ? '' : c.size],
  ];
  for (const [k, v] of rest) if (v) q.set(k, v);
  return `?${q}`;
}
