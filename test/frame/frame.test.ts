/**
 * The frame page (dist/frame.html) as a host embeds it: one widget from the query string, a plain
 * message with the hotline for anything else, its own strict CSP, only its own files, a
 * transparent background, and its height reported to dist/frame-resize.js.
 */
import { expect } from '@open-wc/testing';
import { FRAME_MEASURE, FRAME_MESSAGE } from '../../src/frame/protocol.js';
import { FRAME_PAGE, openFrame, until, type FramePage } from './frame-page.js';

/** Another origin for the same test server: localhost and 127.0.0.1 are different origins. */
const OTHER = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

/** Google Sites' embed frame and Apps Script's (no top navigation), and Canvas's sandbox for embeds. */
const GOOGLE_SITES =
  'allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox';

const shadowText = (page: FramePage): string => (page.widget?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

function expectProblem(page: FramePage, why: RegExp): void {
  const problem = page.doc.getElementById('problem');
  expect(problem, 'a visible message').to.exist;
  expect(problem!.getBoundingClientRect().height).to.be.above(0);
  expect(problem!.textContent).to.match(why);
  const call = page.doc.querySelector<HTMLAnchorElement>('a[href="tel:+18008435678"]');
  expect(call?.textContent).to.contain('1-800-843-5678');
  expect(call!.getBoundingClientRect().height, 'the hotline link is visible').to.be.above(0);
  expect(page.doc.querySelector('[href="https://report.cybertip.org/"]')).to.exist;
  expect(
    [...page.doc.querySelectorAll('*')].some((e) => e.localName.startsWith('aw-')),
    'no widget',
  ).to.be.false;
}

describe('frame page (dist/frame.html)', () => {
  let page: FramePage | undefined;
  afterEach(() => page?.remove());

  it('shows the widget named by the query string, with its attributes, language and theme', async () => {
    page = await openFrame('widget=hotline-banner&variant=card&lang=es&theme=dark&dismissible');
    expect(page.widget?.localName).to.equal('aw-hotline-banner');
    expect(page.widget!.getAttribute('variant')).to.equal('card');
    expect(page.widget!.hasAttribute('dismissible')).to.be.true;
    const base = page.widget!.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang')).to.equal('es');
    expect(base.getAttribute('data-theme')).to.equal('dark');
    expect(base.className).to.contain('card');
    expect(page.doc.documentElement.lang).to.equal('es');
    expect(shadowText(page)).to.contain('1-800-843-5678');
    expect(page.widget!.shadowRoot!.querySelector('[part="dismiss-button"]')).to.exist;
  });

  for (const widget of ['hotline-banner', 'warning-signs', 'stats-ticker', 'take-action', 'facts', 'quick-exit']) {
    it(`shows <aw-${widget}> with nothing but its own files, and a transparent background`, async () => {
      page = await openFrame({ widget });
      expect(page.widget?.localName).to.equal(`aw-${widget}`);
      expect(page.widget!.shadowRoot!.textContent!.trim().length).to.be.above(10);
      // (Less the test server's own /__web-dev-server__ script, which it adds to every page.)
      const requests = page.win.performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name))
        .filter((u) => !u.pathname.startsWith('/__web-dev-server'));
      expect(requests.map((u) => u.pathname).sort()).to.deep.equal([
        '/dist/awareness-widgets.js',
        '/dist/frame.css',
        '/dist/frame.js',
      ]);
      for (const u of requests) expect(u.origin).to.equal(location.origin);
      for (const el of [page.doc.documentElement, page.doc.body])
        expect(page.win.getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  }

  it('takes boolean attributes as present, "true" or "false"; dir and a regional language', async () => {
    page = await openFrame('widget=warning-signs&show-hotline=true&limit=2&dir=rtl&lang=es-MX&quick-exit=false');
    expect(page.widget!.hasAttribute('show-hotline')).to.be.true;
    expect(page.widget!.hasAttribute('quick-exit')).to.be.false;
    expect(page.widget!.getAttribute('limit')).to.equal('2');
    expect(page.doc.documentElement.dir).to.equal('rtl');
    expect(page.widget!.shadowRoot!.querySelector('[part="hotline"]')).to.exist;
  });

  const BAD: [string, string, RegExp][] = [
    ['no widget', '', /names no widget/],
    ['an unknown widget', 'widget=donate-button', /names no widget/],
    ['a script for a widget', 'widget=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /names no widget/],
    ['a value the attribute does not allow', 'widget=hotline-banner&variant=huge', /value of "variant"/],
    ['a script in a value', 'widget=facts&theme=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /value of "theme"/],
    ['a parameter that is no attribute', 'widget=facts&onclick=alert(1)', /"onclick" is not an option/],
    ['a style parameter', 'widget=facts&style=display:none', /"style" is not an option/],
    ['a number out of range', 'widget=stats-ticker&interval=1', /value of "interval"/],
    ['a link that is not https', 'widget=quick-exit&href=javascript:alert(1)', /value of "href"/],
    ['a language the widgets do not speak', 'widget=facts&lang=fr', /"lang"/],
    ['a bad direction', 'widget=facts&dir=up', /"dir"/],
    ['an option given twice', 'widget=facts&theme=dark&theme=light', /twice/],
  ];
  for (const [what, query, why] of BAD) {
    it(`shows a plain message with the hotline for ${what}`, async () => {
      const errors: string[] = [];
      page = await openFrame(query);
      page.win.addEventListener('error', (e) => errors.push(String(e.message)));
      expectProblem(page, why);
      expect(page.doc.getElementById('problem')!.textContent).not.to.contain('<script');
      expect(errors).to.deep.equal([]);
    });
  }

  it('has a strict CSP of its own: no inline script or style, nothing from elsewhere', async () => {
    const html = await (await fetch(FRAME_PAGE)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).to.contain("default-src 'none'");
    expect(csp).to.contain("script-src 'self'");
    expect(csp).to.contain("style-src 'self'");
    expect(csp).to.contain('trusted-types awareness-widgets');
    expect(csp).not.to.match(/unsafe|https?:|\*/);
    // (The test server adds its own /__web-dev-server__ script to every page it serves.)
    for (const s of doc.querySelectorAll('script:not([src^="/__web-dev-server"])'))
      expect(s.getAttribute('src'), 'no inline script').to.match(/^[\w.-]+\.js$/);
    expect(doc.querySelectorAll('style, [style]').length, 'no inline style').to.equal(0);
    expect(
      [...doc.querySelectorAll('*')].flatMap((e) => e.getAttributeNames()).filter((n) => n.startsWith('on')),
    ).to.deep.equal([]);
    // And the browser agrees: the widget renders under it with no violation reported.
    page = await openFrame('widget=take-action');
    const violations: string[] = [];
    page.doc.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    page.widget!.setAttribute('layout', 'grid');
    await page.widget!.updateComplete;
    expect(page.widget!.shadowRoot!.querySelector('[part="base"]')).to.exist;
    expect(violations).to.deep.equal([]);
  });

  it('shows its widget in a Google-Sites-like sandboxed frame on another origin', async () => {
    // Google Sites puts pasted embed code in a sandboxed frame on another origin; the frame page
    // sits inside it.
    const inner = `<iframe src="${location.origin}${FRAME_PAGE}?widget=hotline-banner&lang=es" width="400" height="400"></iframe>`;
    const outer = document.createElement('iframe');
    outer.setAttribute('sandbox', GOOGLE_SITES);
    outer.width = outer.height = '500';
    outer.src = `${OTHER}/__host?${new URLSearchParams({ body: inner })}`;
    document.body.append(outer);
    try {
      await until(() => {
        try {
          return Boolean(
            outer.contentWindow?.frames[0]?.document
              .querySelector('aw-hotline-banner')
              ?.shadowRoot?.querySelector('[part="base"]'),
          );
        } catch {
          return false;
        }
      }, 'the widget inside the sandboxed frame');
      const doc = outer.contentWindow!.frames[0]!.document;
      const base = doc.querySelector('aw-hotline-banner')!.shadowRoot!.querySelector('[part="base"]')!;
      expect(base.getAttribute('lang')).to.equal('es');
      expect(base.textContent).to.contain('1-800-843-5678');
    } finally {
      outer.remove();
    }
  });

  // WebKit does not let `script-src 'self'` match on the opaque origin of a frame sandboxed
  // without allow-same-origin, so there the page shows its plain hotline card instead (see
  // docs/platforms.md); Google Sites, SharePoint and Canvas keep allow-same-origin.
  const webkit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);

  it('runs in a sandboxed frame without allow-same-origin, and reports its height', async function () {
    if (webkit) this.skip(); // see the note above
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-popups-to-escape-sandbox');
    frame.width = '480';
    frame.height = '100';
    const heights: number[] = [];
    const listen = (e: MessageEvent) => {
      if (e.source === frame.contentWindow && e.data?.type === FRAME_MESSAGE) heights.push(e.data.height);
    };
    addEventListener('message', listen);
    frame.src = `${OTHER}${FRAME_PAGE}?widget=warning-signs`;
    document.body.append(frame);
    try {
      // The widget is far taller than the plain card the page starts with.
      await until(() => heights.some((h) => h > 700), 'a height from the widget');
      expect(heights.at(-1)).to.be.above(700);
    } finally {
      removeEventListener('message', listen);
      frame.remove();
    }
  });
});

describe('frame-resize.js on the host page', () => {
  let host: HTMLIFrameElement | undefined;
  afterEach(() => host?.remove());

  /** A host page with the companion script and two iframes: our frame page and another page. */
  async function openHost(
    frameSrc: string,
    sandbox = '',
  ): Promise<{ win: Window; frame: HTMLIFrameElement; other: HTMLIFrameElement }> {
    const body =
      `<iframe id="ours" src="${frameSrc}" width="480" height="100" ${sandbox ? `sandbox="${sandbox}"` : ''}></iframe>` +
      `<iframe id="other" src="/__host?body=other" width="100" height="100"></iframe>`;
    host = document.createElement('iframe');
    host.width = '600';
    host.height = '800';
    host.src = `/__host?${new URLSearchParams({ head: '<script src="/dist/frame-resize.js"></script>', body })}`;
    const loaded = new Promise((r) => host!.addEventListener('load', r, { once: true }));
    document.body.append(host);
    await loaded;
    const doc = host.contentDocument!;
    return {
      win: host.contentWindow!,
      frame: doc.getElementById('ours') as HTMLIFrameElement,
      other: doc.getElementById('other') as HTMLIFrameElement,
    };
  }

  it('sizes our iframe to the widget, and follows it when the widget grows', async () => {
    const { frame } = await openHost(`${FRAME_PAGE}?widget=warning-signs&limit=1`);
    const inner = () => Math.ceil(frame.contentDocument!.documentElement.getBoundingClientRect().height);
    await until(
      () =>
        frame.contentDocument?.querySelector('aw-warning-signs')?.shadowRoot?.querySelector('[part="show-more"]') !=
        null,
      'the widget',
    );
    await until(() => Math.abs(frame.clientHeight - inner()) <= 1 && inner() > 200, 'the iframe to fit');
    const before = frame.clientHeight;
    frame
      .contentDocument!.querySelector('aw-warning-signs')!
      .shadowRoot!.querySelector<HTMLButtonElement>('[part="show-more"]')!
      .click();
    await until(() => frame.clientHeight > before + 50, 'the iframe to grow');
    await until(() => Math.abs(frame.clientHeight - inner()) <= 1, 'the iframe to fit again');
  });

  it('sizes a sandboxed frame on another origin (opaque origin) by its source window', async function () {
    // WebKit runs no script in such a frame under the page's CSP (see the note above).
    if (/AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent)) this.skip();
    const { frame } = await openHost(`${OTHER}${FRAME_PAGE}?widget=facts`, 'allow-scripts');
    await until(() => frame.clientHeight > 300, 'the sandboxed iframe to be sized');
  });

  it('ignores messages from other windows or origins and messages of another shape', async () => {
    const { win, frame, other } = await openHost(`${FRAME_PAGE}?widget=quick-exit`);
    await until(() => frame.style.height !== '', 'the first size');
    const fitted = frame.style.height;
    // Messages as the browser would deliver them, each with its sender's window and origin.
    const deliver = (data: unknown, source: Window | null = frame.contentWindow, origin = location.origin) =>
      win.dispatchEvent(new (win as typeof window).MessageEvent('message', { data, source, origin }));
    for (const data of [
      { type: FRAME_MESSAGE, height: 7, extra: 1 },
      { type: FRAME_MESSAGE, height: '7' },
      { type: FRAME_MESSAGE, height: -7 },
      { type: FRAME_MESSAGE, height: 1e9 },
      { type: FRAME_MESSAGE, height: Number.NaN },
      { type: 'other', height: 7 },
      `{"type":"${FRAME_MESSAGE}","height":7}`,
      null,
    ])
      deliver(data);
    deliver({ type: FRAME_MESSAGE, height: 7 }, win);
    deliver({ type: FRAME_MESSAGE, height: 7 }, other.contentWindow);
    deliver({ type: FRAME_MESSAGE, height: 7 }, null);
    deliver({ type: FRAME_MESSAGE, height: 7 }, frame.contentWindow, OTHER);
    deliver({ type: FRAME_MESSAGE, height: 7 }, frame.contentWindow, 'null');
    expect(frame.style.height).to.equal(fitted);
    // The right shape from the right window and origin is applied: the checks above could fail.
    deliver({ type: FRAME_MESSAGE, height: 321 });
    expect(frame.style.height).to.equal('321px');
  });

  it('asks the frame page for its height when it loads after the frame', async () => {
    const { frame } = await openHost(`${FRAME_PAGE}?widget=facts`);
    await until(() => frame.style.height !== '', 'the first size');
    frame.style.height = '';
    const asked = new Promise<void>((resolve) =>
      frame.contentWindow!.addEventListener('message', (e) => e.data?.type === FRAME_MEASURE && resolve()),
    );
    // A second copy of the companion, as when the host loads it after the frame reported.
    const again = frame.ownerDocument.createElement('script');
    again.src = '/dist/frame-resize.js?again';
    frame.ownerDocument.head.append(again);
    await asked;
    await until(() => frame.style.height !== '', 'the height sent again');
  });
});
