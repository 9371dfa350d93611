import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { ORDER, type Sections, type Strings } from '../src/content/index.js';

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
}
interface Axe {
  run(el: Element, options: unknown): Promise<AxeResult>;
}

/**
 * Runs axe with the WCAG 2.0 to 2.2 A and AA rules (so `target-size` is on, unlike
 * `to.be.accessible()`) and fails with the list of violations.
 */
export async function expectAccessible(el: Element): Promise<void> {
  // @ts-expect-error axe-core's browser build has no types; it registers window.axe
  await import('axe-core/axe.min.js');
  const axe = (window as unknown as { axe: Axe }).axe;
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  const found = result.violations.map(
    (v) => `${v.id} (${v.help}) at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
  );
  expect(found, found.join('\n')).to.deep.equal([]);
}

/** Replaces console.warn while `body` runs and returns what was warned. */
export async function captureWarnings(body: () => unknown | Promise<unknown>): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await body();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** One element of `el`'s shadow root; fails the test when absent. */
export function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** Every element matching `selector` in `el`'s shadow root. */
export function parts<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...(el.shadowRoot?.querySelectorAll<T>(selector) ?? [])];
}

/** Text as a person reads it: collapsed white space. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Accessible-name-ish: aria-label, else the text. Good enough for links and buttons we render. */
export function nameOf(el: Element): string {
  return el.getAttribute('aria-label') ?? text(el);
}

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Stops a link from navigating the test page, leaving its other listeners alone. */
export function holdNavigation(): () => void {
  const stop = (e: Event) => {
    if ((e.composedPath()[0] as Element | undefined)?.closest?.('a')) e.preventDefault();
  };
  document.addEventListener('click', stop);
  return () => document.removeEventListener('click', stop);
}

/** Text as a person sees it: without visually hidden or hidden parts. */
export function visibleText(el: Element | null | undefined): string {
  return domText(el, true);
}

/**
 * An element's accessible name computed from its rendered DOM (aria-label, aria-labelledby, else
 * its content without hidden or aria-hidden parts; visually hidden text counts). For the browsers
 * that cannot hand the test their own accessibility tree (see `axTree`).
 */
export function domName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const ids = el.getAttribute('aria-labelledby');
  const root = el.getRootNode() as Document | ShadowRoot;
  if (ids)
    return ids
      .split(/\s+/)
      .map((id) => domText(root.getElementById(id), false))
      .join(' ');
  return domText(el, false);
}

/** The description of an element from aria-describedby (hidden targets count, as in the spec). */
export function domDescription(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = el.getAttribute('aria-describedby') ?? '';
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => (root.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim())
    .join(' ');
}

function domText(node: Node | null | undefined, visibleOnly: boolean): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (!(n instanceof Element)) return '';
    if (n.hasAttribute('hidden') || n.getAttribute('aria-hidden') === 'true') return '';
    if (getComputedStyle(n).display === 'none') return '';
    if (visibleOnly && n.classList.contains('visually-hidden')) return '';
    return [...n.childNodes].map(walk).join('');
  };
  return node ? walk(node).replace(/\s+/g, ' ').trim() : '';
}

/** A node of the accessibility tree. */
export interface AxNode {
  role: string;
  name: string;
  description: string;
}

/**
 * The page's accessibility tree as the browser computes it (Chromium, through the `ax-tree`
 * command of scripts/ax-plugin.mjs), or null in a browser that cannot give it.
 */
export async function axTree(): Promise<AxNode[] | null> {
  return (await executeServerCommand<AxNode[] | false, undefined>('ax-tree')) || null;
}

/**
 * A locale's strings by name: each section's tuple as an object keyed by ORDER (types.ts), so a
 * test reads `named(LOCALES.es).banner.heading` where the widgets destructure the tuple.
 */
export function named(t: Strings): Sections {
  const section = (s: keyof Sections) =>
    Object.fromEntries(ORDER[s].map((key, i) => [key, (t[s] as readonly unknown[])[i]]));
  return Object.fromEntries(Object.keys(ORDER).map((s) => [s, section(s as keyof Sections)])) as unknown as Sections;
}
