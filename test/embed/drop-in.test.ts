/**
 * The drop-in path: the built dist/awareness-widgets.js, loaded by a classic <script> tag in a
 * whole host page (an iframe), exactly as a partner pastes it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { ALL_WIDGETS, BUNDLE, RECORD, openPage, settle, type HostPage } from './frame.js';

const SCRIPT = `<script src="${BUNDLE}"></script>`;
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types awareness-widgets";

function shadowText(el: Element | null): string {
  return (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
}

/** Resources the page requested, other than the test harness's own recorder. */
function requests(page: HostPage): string[] {
  return page.win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p !== '/test/embed/pages/record.js');
}

describe('drop-in bundle (dist/awareness-widgets.js by <script>)', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.remove());

  it('renders every widget, in English and Spanish, with no error', async () => {
    page = await openPage(RECORD + SCRIPT, `${ALL_WIDGETS}<div lang="es">${ALL_WIDGETS}</div>`);
    const tags = page.win.AwarenessWidgets!.tags;
    expect(tags).to.include.members(['aw-hotline-banner', 'aw-quick-exit']);
    for (const tag of tags) {
      const [en, es] = [...page.doc.querySelectorAll(tag)];
      expect(Boolean(page.win.customElements.get(tag)), `${tag} defined`).to.be.true;
      expect(en.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang'), tag).to.equal('en');
      expect(es.shadowRoot?.querySelector('[part="base"]')?.getAttribute('lang'), tag).to.equal('es');
    }
    expect(shadowText(page.doc.querySelector('aw-hotline-banner'))).to.contain('1-800-843-5678');
    // The minified icons keep their shapes side by side: a minifier that drops "/>" in svg
    // fragments nests every shape in the first one (seen once; the source tests cannot see it).
    let icons = 0;
    for (const el of page.doc.querySelectorAll('*')) {
      for (const svg of el.shadowRoot?.querySelectorAll('svg') ?? []) {
        icons++;
        expect(
          svg.querySelectorAll(':is(path, rect, circle) > *').length,
          `${el.localName} icon shapes are not nested`,
        ).to.equal(0);
        expect(svg.children.length, `${el.localName} icon has shapes`).to.be.greaterThan(0);
      }
    }
    expect(icons).to.be.greaterThan(10);
    expect(page.recorded.errors).to.deep.equal([]);
    expect(page.recorded.warnings).to.deep.equal([]);
  });

  it('makes exactly one request, the script itself, through load and every interaction', async () => {
    page = await openPage(RECORD + SCRIPT, ALL_WIDGETS, {
      csp: "default-src 'none'; script-src 'self'; style-src 'self'",
    });
    // Interact with everything that does not leave the page.
    for (const el of page.doc.querySelectorAll('*')) {
      for (const control of el.shadowRoot?.querySelectorAll<HTMLElement>('button, summary') ?? []) control.click();
    }
    await settle(page.win);
    expect(requests(page)).to.deep.equal([BUNDLE]);
    expect(page.recorded.violations).to.deep.equal([]);
    expect(page.doc.cookie).to.equal('');
    expect(page.win.localStorage.length).to.equal(0);
    expect(page.win.sessionStorage.length).to.equal(0);
    if ('databases' in page.win.indexedDB) expect(await page.win.indexedDB.databases()).to.deep.equal([]);
    if (page.win.navigator.serviceWorker)
      expect(await page.win.navigator.serviceWorker.getRegistrations()).to.deep.equal([]);
  });

  it('renders under a strict CSP with Trusted Types required, with no violation', async () => {
    page = await openPage(RECORD + SCRIPT, ALL_WIDGETS, { csp: STRICT_CSP });
    expect(page.recorded.violations).to.deep.equal([]);
    expect(page.recorded.errors).to.deep.equal([]);
    for (const tag of page.win.AwarenessWidgets!.tags) {
      expect(
        page.doc.querySelector(tag)!.shadowRoot!.querySelectorAll('[part="base"]').length,
        `${tag} rendered`,
      ).to.equal(1);
    }
  });

  it('lives beside a host that already owns a "lit-html" Trusted Types policy', async () => {
    page = await openPage(RECORD + '<script src="/test/embed/pages/take-lit-html.js"></script>' + SCRIPT, ALL_WIDGETS, {
      csp: STRICT_CSP.replace('trusted-types awareness-widgets', 'trusted-types lit-html awareness-widgets'),
    });
    expect(page.recorded.errors).to.deep.equal([]);
    expect(page.recorded.violations).to.deep.equal([]);
    expect(shadowText(page.doc.querySelector('aw-hotline-banner'))).to.contain('1-800-843-5678');
  });

  it('throws nothing when the host CSP does not list our policy: warns and shows the fallback content', async () => {
    page = await openPage(
      RECORD + SCRIPT,
      '<aw-hotline-banner><a id="fallback" href="tel:+18008435678">Call NCMEC: 1-800-843-5678</a></aw-hotline-banner>',
      { csp: STRICT_CSP.replace('trusted-types awareness-widgets', 'trusted-types host-only') },
    );
    expect(page.recorded.errors).to.deep.equal([]);
    const banner = page.doc.querySelector('aw-hotline-banner')!;
    expect(page.recorded.warnings.some((w) => w.includes('<aw-hotline-banner>'))).to.be.true;
    const fallback = page.doc.querySelector('#fallback')!;
    expect(fallback.getClientRects().length, 'the fallback phone link is visible').to.be.greaterThan(0);
    expect(
      banner.shadowRoot?.querySelectorAll('slot:not([name])').length,
      'a default slot shows the fallback',
    ).to.equal(1);
  });

  it('can be loaded twice, or beside another version, keeping one definition and throwing nothing', async () => {
    page = await openPage(RECORD + SCRIPT + SCRIPT, ALL_WIDGETS);
    expect(page.recorded.errors).to.deep.equal([]);
    expect(page.recorded.warnings, 'the same version loaded twice is silent').to.deep.equal([]);
    const first = page.win.AwarenessWidgets!;
    const banner = page.win.customElements.get('aw-hotline-banner');

    // Another build: the same file under another version number, added later.
    const source = await (await fetch(BUNDLE)).text();
    const other = page.doc.createElement('script');
    other.textContent = source.replaceAll(`"${first.version}"`, '"99.0.0"');
    page.doc.body.append(other);
    await settle(page.win);
    expect(page.recorded.errors).to.deep.equal([]);
    expect(page.win.AwarenessWidgets).to.equal(first);
    expect(page.win.customElements.get('aw-hotline-banner')).to.equal(banner);
    expect(page.recorded.warnings).to.deep.equal([
      `awareness-widgets ${first.version} is already loaded; ignoring 99.0.0.`,
    ]);
  });

  it('is pure ASCII, so a page in another encoding or a server that sends no charset cannot garble it', async () => {
    const source = await (await fetch(BUNDLE)).text();
    const outside = [...source].filter((c) => c.charCodeAt(0) > 127);
    expect(outside.length, `non-ASCII characters: ${outside.slice(0, 10).join('')}`).to.equal(0);
    expect(/\\(xbf|u00bf)Cree que un ni\\(xf1|u00f1)o/i.test(source), 'Spanish written as escapes').to.be.true;
  });

  it('adds only AwarenessWidgets to window', async () => {
    const bare = await openPage(RECORD, '');
    const before = new Set(Object.getOwnPropertyNames(bare.win));
    bare.remove();
    page = await openPage(RECORD + SCRIPT, ALL_WIDGETS);
    const added = Object.getOwnPropertyNames(page.win).filter((name) => !before.has(name));
    // Not even Lit's version markers: the script's Lit leaves them out (build/lit-trim.mjs).
    expect(added).to.deep.equal(['AwarenessWidgets']);
    expect(page.win.AwarenessWidgets!.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('is untouched by hostile page CSS', async () => {
    const probe = (p: HostPage) => {
      const banner = p.doc.querySelector('aw-hotline-banner')!;
      const phone = banner.shadowRoot!.querySelector('[part="phone-link"]')!;
      const base = banner.shadowRoot!.querySelector('[part="base"]')!;
      const box = phone.getBoundingClientRect();
      const exit = p.doc.querySelector('aw-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!;
      return {
        fontSize: getComputedStyle(base).fontSize,
        phone: [Math.round(box.width), Math.round(box.height)],
        exitShown: exit.getClientRects().length > 0,
        dismissShown: banner.shadowRoot!.querySelector('[part="dismiss-button"]')!.getClientRects().length > 0,
      };
    };
    const calm = await openPage(RECORD + SCRIPT, ALL_WIDGETS);
    const expected = probe(calm);
    calm.remove();
    page = await openPage(
      RECORD +
        SCRIPT +
        '<style>* { all: revert !important; } html { font-size: 8px !important; } button { display: none !important; } a { color: red !important; }</style>',
      ALL_WIDGETS,
    );
    // The host's own display is the page's to set (test/embed/hosts.test.ts); what is inside is not.
    expect(probe(page)).to.deep.equal(expected);
  });

  it('places a widget from the script tag alone (data-embed), taking only its own attributes', async () => {
    page = await openPage(
      RECORD,
      `<p id="before">Article</p><script src="${BUNDLE}" data-embed="hotline-banner" data-variant="card" data-lang="es" data-onclick="window.__owned=1" data-style="display:none"></script><p id="after">More</p>`,
    );
    const el = page.doc.querySelector('#before + script + aw-hotline-banner')!;
    expect(Boolean(el), 'placed right after its script').to.be.true;
    expect(el.getAttribute('variant')).to.equal('card');
    expect(el.getAttribute('lang')).to.equal('es');
    expect(el.hasAttribute('onclick')).to.be.false;
    expect(el.hasAttribute('style')).to.be.false;
    expect(shadowText(el)).to.contain('¿Cree que un niño');
    expect(page.recorded.warnings.filter((w) => w.includes('data-onclick') || w.includes('data-style'))).to.have.length(
      2,
    );
    expect(page.recorded.errors).to.deep.equal([]);
  });

  it('warns about an unknown data-embed and places nothing', async () => {
    page = await openPage(RECORD, `<script src="${BUNDLE}" data-embed="popup"></script>`);
    expect(page.doc.querySelectorAll('aw-popup, body > [class]').length).to.equal(0);
    expect(page.recorded.warnings.some((w) => w.includes('data-embed="popup"'))).to.be.true;
    expect(page.recorded.errors).to.deep.equal([]);
  });

  it('adds and removes widgets 48 times (eight of each tag, across the variants) without leaving a timer, listener, animation or sheet behind', async () => {
    page = await openPage(RECORD + SCRIPT, '');
    const tags = page.win.AwarenessWidgets!.tags;
    const recorded = page.recorded as typeof page.recorded & { timers: Set<number>; listeners: number };
    const baseline = {
      timers: recorded.timers.size,
      listeners: recorded.listeners,
      sheets: page.doc.adoptedStyleSheets.length,
    };
    const variants: Record<string, string>[] = [{}, { position: 'top' }, { dismissible: '' }, { 'quick-exit': '' }];
    // 48 rounds, eight per tag: a per-widget leak shows as eight or more of something.
    for (let i = 0; i < 48; i++) {
      const el = page.doc.createElement(tags[i % tags.length]);
      for (const [k, v] of Object.entries(variants[i % variants.length])) el.setAttribute(k, v);
      page.doc.body.append(el);
      // Let every other one render fully (timers started, observers attached) before removal.
      if (i % 2 === 0) await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
      el.remove();
    }
    await settle(page.win);
    // The last first-render batch may still wait for its frame (pace.ts keeps a stand-in timer until
    // the frame comes, later on a busy machine): wait for that, and a leaked timer still fails here.
    await waitUntil(() => recorded.timers.size === baseline.timers, 'a timer is still live', { timeout: 5000 });
    expect(recorded.timers.size, 'live timers').to.equal(baseline.timers);
    expect(recorded.listeners, 'window/document listeners').to.equal(baseline.listeners);
    expect(page.doc.getAnimations()).to.deep.equal([]);
    expect(page.doc.adoptedStyleSheets.length).to.equal(baseline.sheets);
    expect(page.recorded.errors).to.deep.equal([]);
  });

  describe('small screens and text spacing', () => {
    /** WCAG 1.4.12 text spacing, injected into every shadow root. */
    const SPACING =
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

    function overflows(p: HostPage): string[] {
      const found: string[] = [];
      const root = p.doc.scrollingElement!;
      if (root.scrollWidth > root.clientWidth + 1)
        found.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
      for (const host of p.doc.querySelectorAll('*')) {
        for (const el of host.shadowRoot?.querySelectorAll<HTMLElement>('*') ?? []) {
          if (el.closest('.visually-hidden')) continue;
          const right = el.getBoundingClientRect().right;
          if (right > p.win.innerWidth + 1)
            found.push(`${host.localName} ${el.localName}.${el.className} ends at ${Math.round(right)}px`);
          const style = p.win.getComputedStyle(el);
          if (style.overflow === 'visible' || style.display === 'none') continue;
          if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) {
            found.push(
              `${host.localName} ${el.localName}.${el.className}: ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`,
            );
          }
        }
      }
      return found;
    }

    for (const lang of ['en', 'es']) {
      it(`nothing scrolls sideways at 320 CSS px and nothing clips with WCAG text spacing (${lang})`, async () => {
        page = await openPage(
          RECORD + SCRIPT + '<style>body { margin: 8px; }</style>',
          `<div lang="${lang}">${ALL_WIDGETS}</div>`,
          { width: 320, height: 640 },
        );
        expect(page.win.innerWidth).to.equal(320);
        expect(overflows(page), 'at 320 px').to.deep.equal([]);
        for (const host of page.doc.querySelectorAll('*')) {
          if (!host.shadowRoot) continue;
          const sheet = new page.win.CSSStyleSheet();
          sheet.replaceSync(SPACING);
          host.shadowRoot.adoptedStyleSheets = [...host.shadowRoot.adoptedStyleSheets, sheet];
        }
        await new Promise((r) => setTimeout(r, 50));
        expect(overflows(page), 'with text spacing').to.deep.equal([]);
      });
    }
  });
});
