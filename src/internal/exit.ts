import { emit } from './emit.js';

/**
 * Leaving the page fast, for readers who may be watched (after GOV.UK's "Exit this page"): the page
 * is hidden at once, then replaced by a neutral site so that Back does not return to it. When the
 * reader comes back anyway (the back/forward cache), `pageshow` shows the page again.
 */

/** A neutral page to leave for: the US National Weather Service. */
export const NEUTRAL_URL = 'https://www.weather.gov/';

let veil: CSSStyleSheet | undefined;

/** Hides the whole page through a constructed style sheet (allowed under any CSP). */
function hidePage(): void {
  if (!('adoptedStyleSheets' in Document.prototype)) return;
  veil ??= new CSSStyleSheet();
  veil.replaceSync('html{visibility:hidden!important;opacity:0!important}');
  if (!document.adoptedStyleSheets.includes(veil)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, veil];
  addEventListener('pageshow', showPage, { once: true });
}

/** Shows the page again (on `pageshow`, when a reader comes back). */
export function showPage(): void {
  if (veil) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== veil);
}

/** Where navigation goes; tests replace it so the test page stays. */
export const navigation = {
  go(url: string): void {
    location.replace(url);
  },
};

/** Hides the page and leaves for `url` without leaving this page in the tab's history. */
export function leavePage(url: string): void {
  hidePage();
  try {
    navigation.go(url);
  } catch {
    // A sandboxed frame may refuse to navigate; the page stays hidden, which is the safe side.
  }
}

/**
 * Fires a cancelable `aw-exit` from `host` and, unless a listener cancels it, leaves for `url`.
 * Returns whether it is leaving.
 */
export function exitFrom(host: HTMLElement, url: string, trigger: 'button' | 'keyboard'): boolean {
  const leaving = emit(host, 'aw-exit', { url, trigger }, { cancelable: true });
  if (leaving) leavePage(url);
  return leaving;
}
