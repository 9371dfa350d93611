/**
 * The README's reserve CSS (issue 11.2): on a page that uses it, nothing moves when the widgets
 * render, the room the fixed quick exit makes for itself included. The page is drawn before the
 * script loads (as when the script comes late from a CDN), then the script renders every widget.
 * In every browser the page's own boxes and the widgets' hosts must stay where they were drawn;
 * in Chromium the browser's own layout-shift entries must add up to 0 as well (Firefox and WebKit
 * have no layout-shift entries, so there the positions alone are compared).
 */
import { expect } from '@open-wc/testing';
import { BUNDLE, RECORD, openPage, settle, type HostPage } from './frame.js';

const INLINE = ['aw-hotline-banner', 'aw-warning-signs', 'aw-stats-ticker', 'aw-take-action', 'aw-facts'];
const HEADER =
  '<header style="display:flex;justify-content:space-between;padding:8px"><b>Partner</b><button>Menu</button></header>';
const TEXT = '<p>Text of the partner’s article, long enough to wrap on a phone.</p>'.repeat(3);
/** Like the bench's page (bench/long-pages.mjs): the widgets in a 40em column. */
const COLUMN = `<main style="max-width:40em;margin:0 auto;padding:1em">${TEXT}${INLINE.map((t) => `<${t}></${t}>`).join('')}${TEXT}</main>`;
const FIXED = '<aw-quick-exit position="fixed"></aw-quick-exit>';
const BOTTOM = '<aw-hotline-banner position="bottom"></aw-hotline-banner>';

/** The README's recommended CSS, as a partner copies it (the bench reads it the same way). */
async function reserveCss(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  const css = /Recommended CSS[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(css, 'README.md has a ```css block after "Recommended CSS"').to.be.a('string');
  return css!;
}

let page: HostPage | undefined;
afterEach(() => page?.remove());

type Box = { what: string; top: number; left: number };

/** Where the page's own boxes and the widgets' hosts are, in the document (scrolling aside). */
function boxes(p: HostPage): Box[] {
  return [...p.doc.querySelectorAll('header, main, main > *')].map((el, i) => {
    const box = el.getBoundingClientRect();
    return { what: `${i}: <${el.localName}>`, top: box.top + p.win.scrollY, left: box.left + p.win.scrollX };
  });
}

/**
 * Draws the page without the script, then loads the script and waits until every widget has
 * rendered. Returns the boxes before and after, and the layout shift Chromium reported (undefined
 * where the browser has no layout-shift entries).
 */
async function renderLate(
  css: string,
  body: string,
  size: { width: number; height: number },
): Promise<{ before: Box[]; after: Box[]; shift: number | undefined }> {
  page = await openPage(`${RECORD}<style>body{margin:0;font-family:system-ui,sans-serif}${css}</style>`, body, size);
  const { win, doc } = page;
  const frames = () => new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
  await frames();
  let shift: number | undefined;
  let observer: PerformanceObserver | undefined;
  if (win.PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
    shift = 0;
    observer = new win.PerformanceObserver((list) => {
      for (const entry of list.getEntries()) shift! += (entry as PerformanceEntry & { value: number }).value;
    });
    observer.observe({ type: 'layout-shift' });
  }
  const before = boxes(page);
  const script = doc.createElement('script');
  script.src = BUNDLE;
  const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
  doc.head.append(script);
  await loaded;
  await settle(win);
  await frames();
  if (observer) {
    for (const entry of observer.takeRecords()) shift! += (entry as PerformanceEntry & { value: number }).value;
    observer.disconnect();
  }
  expect(page.recorded.errors).to.deep.equal([]);
  for (const el of doc.querySelectorAll('aw-quick-exit, aw-hotline-banner')) {
    expect(el.shadowRoot!.querySelector('a[href]'), `<${el.localName}> rendered`).to.exist;
  }
  return { before, after: boxes(page), shift };
}

describe('the README’s reserve CSS (issue 11.2)', () => {
  // The fixed quick exit's room on a large screen is checked by the bench on a top-level page
  // (bench/long-pages.mjs): in this test's frame the quick exit adds a sentence about frames and
  // is taller than the README's reserve for a top-level page (the README gives the figure).
  it('a page drawn before the script: nothing on it moves when the widgets render in a 40em column, a fixed bottom banner included', async () => {
    const { before, after, shift } = await renderLate(await reserveCss(), HEADER + COLUMN + BOTTOM, {
      width: 800,
      height: 700,
    });
    expect(after).to.deep.equal(before);
    if (shift !== undefined) expect(shift, 'layout shift').to.equal(0);
  });

  it('on a phone, the fixed quick exit’s room is reserved: nothing moves when it renders', async () => {
    const { before, after, shift } = await renderLate(await reserveCss(), HEADER + FIXED + TEXT, {
      width: 375,
      height: 667,
    });
    expect(after).to.deep.equal(before);
    if (shift !== undefined) expect(shift, 'layout shift').to.equal(0);
  });

  it('without it, the quick exit’s room moves the page down (what the reserve is for)', async () => {
    const { before, after, shift } = await renderLate('', HEADER + FIXED + TEXT, { width: 375, height: 667 });
    expect(after[0].top - before[0].top).to.be.greaterThan(40);
    if (shift !== undefined) expect(shift, 'layout shift').to.be.greaterThan(0);
  });
});
