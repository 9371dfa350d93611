import { matchLang, type Lang } from '../content/index.js';

/** A widget that follows its page's language, direction and global settings. */
export interface ContextAware extends Element {
  /** @internal */
  contextChanged(): void;
}

/** Themes every widget accepts. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];

/** Settings made by `AwarenessWidgets.configure()`: page-wide defaults an element's own attribute overrides. */
export interface Config {
  lang?: Lang | undefined;
  theme?: Theme | undefined;
}

const config: Config = {};
const watched = new Set<ContextAware>();
let observer: MutationObserver | undefined;

/** The page-wide defaults. */
export function getConfig(): Readonly<Config> {
  return config;
}

/** Changes the page-wide defaults and re-renders every connected widget. */
export function setConfig(next: Config): void {
  Object.assign(config, next);
  notifyAll();
}

function notifyAll(): void {
  for (const el of watched) el.contextChanged();
}

/**
 * Follows `lang` and `dir` changes anywhere above a widget, across shadow roots. One observer serves every widget on
 * the page; it exists only while at least one widget is connected.
 */
export function watchContext(el: ContextAware): void {
  watched.add(el);
  observer ??= new MutationObserver(notifyAll);
  // The page and every shadow root the widget sits in: a language switcher changes <html lang>
  // even for a widget that lives only inside another component's shadow root.
  const options = { subtree: true, attributes: true, attributeFilter: ['lang', 'dir'] };
  observer.observe(document.documentElement, options);
  for (let root = el.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) {
    observer.observe(root, options);
  }
}

export function unwatchContext(el: ContextAware): void {
  watched.delete(el);
  if (watched.size === 0 && observer) {
    observer.disconnect();
    observer = undefined;
  }
}

/** The node above `node`, crossing shadow boundaries. */
function parentOf(node: Node): Node | null {
  return node.parentNode instanceof ShadowRoot ? node.parentNode.host : node.parentNode;
}

/** The nearest ancestor of `el` (not `el` itself) that has `attr`, across shadow roots. */
function ancestorWith(el: Element, attr: string): Element | null {
  for (let node = parentOf(el); node; node = parentOf(node)) {
    if (node instanceof Element && node.hasAttribute(attr)) return node;
  }
  return null;
}

function inherited(el: Element, attr: string): string | null {
  return ancestorWith(el, attr)?.getAttribute(attr) ?? null;
}

/**
 * The language a widget speaks: its own `lang`, else the nearest ancestor's below `<html>` (a
 * section marked `lang="es"`), else the page-wide default from `configure()`, else the
 * document's `<html lang>`, else English. A language we do not speak is passed over.
 */
export function resolveLang(el: Element): Lang {
  const section = ancestorWith(el, 'lang');
  const sectionLang =
    section && section !== document.documentElement ? matchLang(section.getAttribute('lang')) : undefined;
  return (
    matchLang(el.getAttribute('lang')) ??
    sectionLang ??
    config.lang ??
    matchLang(document.documentElement.getAttribute('lang')) ??
    'en'
  );
}

/**
 * The widget's direction: its own `dir`, else the nearest ancestor's, else left to right. Only
 * `dir="auto"` asks the browser, because reading computed style forces the host page's style to
 * be worked out at once, in our task (the `dir` attribute is what pages use; CSS `direction`
 * alone still reaches the widget's text through inheritance).
 */
export function resolveDir(el: Element): 'ltr' | 'rtl' {
  const dir = (el.getAttribute('dir') ?? inherited(el, 'dir'))?.toLowerCase();
  if (dir === 'auto') return getComputedStyle(el).direction === 'rtl' ? 'rtl' : 'ltr';
  return dir === 'rtl' ? 'rtl' : 'ltr';
}
