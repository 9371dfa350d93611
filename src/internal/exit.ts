import { emit } from './emit.js';

/**
 * Leaving the page fast, for readers who may be watched (after GOV.UK's "Exit this page"): a plain
 * notice covers the page and is announced (role="alert"), the page behind it is hidden, and the tab
 * goes to a neutral site without leaving this page in its history. Inside a frame the whole tab
 * goes where the frame may navigate it; where it may not (a sandbox without
 * `allow-top-navigation`), the neutral site opens in a new tab and the frame stays hidden. One exit
 * per page, however many widgets; when the reader comes back (the back/forward cache), `pageshow`
 * shows the page again.
 */

/** A neutral page to leave for: the US National Weather Service. */
export const NEUTRAL_URL = 'https://www.weather.gov/';

/** In a frame: the button may open a new tab, and the page behind may stay open. */
export const framed = (): boolean => top !== self;

let veil: CSSStyleSheet | undefined;
let notice: HTMLElement | undefined;
let gone = false;

/** Shows the page again and allows the next exit (on `pageshow`, when a reader comes back). */
export function showPage(): void {
  gone = false;
  notice?.remove();
  if (veil) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== veil);
}

/** Where navigation goes; tests replace them so the test page stays. */
export const navigation = {
  /** Replaces the whole tab; throws in a frame that may not navigate the top window. */
  go(url: string): void {
    top!.location.replace(url);
  },
  open(url: string): void {
    open(url, '_blank', 'noopener');
  },
};

/**
 * Covers the page with `message` (spoken: role="alert"), hides the page behind it, and leaves for
 * `url` without leaving this page in the tab's history. Leaving never depends on the hiding.
 */
export function leavePage(url: string, message: string): void {
  gone = true;
  addEventListener('pageshow', showPage, { once: true });
  notice = document.createElement('aw-leaving');
  notice.setAttribute('role', 'alert');
  notice.textContent = message;
  // CSSOM, not a style attribute: allowed under any CSP.
  notice.style.cssText =
    'all:initial;position:fixed;inset:0;z-index:2147483647;display:grid;place-items:center;visibility:visible;background:#fff;color:#000;font:2em system-ui,sans-serif';
  document.documentElement.append(notice);
  try {
    veil ??= new CSSStyleSheet();
    veil.replaceSync('html{visibility:hidden!important}');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, veil];
  } catch {
    // A page that clobbers adoptedStyleSheets: the notice still covers it.
  }
  try {
    navigation.go(url);
  } catch {
    // A sandboxed frame without allow-top-navigation: a new tab, at once (the click's activation).
    navigation.open(url);
  }
}

/**
 * Fires a cancelable `aw-exit` from `host` and, unless a listener cancels it, leaves for `url`,
 * announcing `message`. Once per page: a second exit (another widget, another Shift) does nothing.
 * Returns whether it is leaving.
 */
export function exitFrom(host: HTMLElement, url: string, trigger: 'button' | 'keyboard', message: string): boolean {
  const leaving = !gone && emit(host, 'aw-exit', { url, trigger }, true);
  if (leaving) leavePage(url, message);
  return leaving;
}
