/**
 * Issue 8: the built drop-in script in hostile host pages: page globals that collide with our
 * names or Lit's, bad configure() calls, and (below) sanitising Trusted Types policies and page CSS.
 */
import { expect } from '@open-wc/testing';
import { ALL_WIDGETS, BUNDLE, RECORD, openPage, type HostPage } from './frame.js';

const SCRIPT = `<script src="${BUNDLE}"></script>`;

/** How many of the page's widgets are defined and rendered their base. */
function rendered(page: HostPage): number {
  return [...page.doc.querySelectorAll('*')].filter(
    (el) => el.localName.startsWith('aw-') && el.shadowRoot?.querySelector('[part="base"]'),
  ).length;
}

describe('drop-in in hostile hosts: page globals', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.remove());

  for (const named of ['<div id="AwarenessWidgets"></div>', '<form name="AwarenessWidgets"></form>']) {
    it(`defines every widget beside ${named}, recognising only its own global`, async () => {
      // The script after the element, so that the element shows through as window.AwarenessWidgets.
      page = await openPage(RECORD, `${named}${ALL_WIDGETS}${SCRIPT}`);
      expect(page.recorded.errors).to.deep.equal([]);
      expect(page.recorded.warnings).to.deep.equal([]);
      expect(page.win.AwarenessWidgets!.version).to.match(/^\d+\.\d+\.\d+/);
      expect(page.win.AwarenessWidgets!.tags.length).to.equal(6);
      expect(rendered(page)).to.equal(6);
    });
  }

  for (const name of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions', 'litPropertyMetadata']) {
    it(`renders every widget beside <a id="${name}">, throwing nothing into the page`, async () => {
      page = await openPage(RECORD, `<a id="${name}" href="#top">a link</a>${ALL_WIDGETS}${SCRIPT}`);
      expect(page.recorded.errors).to.deep.equal([]);
      expect(rendered(page)).to.equal(6);
      expect(page.doc.getElementById(name), 'the page keeps its element').to.exist;
    });
  }

  it('configure() with a lang or theme that is not a string warns and ignores it, throwing nothing', async () => {
    page = await openPage(RECORD + SCRIPT, ALL_WIDGETS);
    const aw = page.win.AwarenessWidgets!;
    const bad: unknown[] = [5, ['es'], {}, true, page.win.Symbol('es')];
    for (const value of bad) {
      aw.configure({ lang: value });
      aw.configure({ theme: value });
    }
    for (const value of [null, 5, 'es', page.win.Symbol('x')]) aw.configure(value as unknown as object);
    expect(page.recorded.errors).to.deep.equal([]);
    const warnings = page.recorded.warnings;
    expect(warnings.filter((w) => w.includes('ignoring lang')).length).to.equal(bad.length);
    expect(warnings.filter((w) => w.includes('ignoring theme')).length).to.equal(bad.length);
    expect(warnings.filter((w) => w.includes('expected an object')).length).to.equal(4);
    const base = page.doc.querySelector('aw-hotline-banner')!.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('lang'), 'the language is unchanged').to.equal('en');
    expect(base.getAttribute('data-theme'), 'the theme is unchanged').to.equal('light');
    aw.configure({ lang: 'es' });
    await page.doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('aw-hotline-banner')!
      .updateComplete;
    expect(base.getAttribute('lang'), 'a good value still works').to.equal('es');
  });
});

describe('drop-in in hostile hosts: page CSS', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.remove());

  const cases: [string, string, string][] = [
    ['aw-facts { display: none }', 'aw-facts', 'none'],
    ['aw-facts { display: none !important }', 'aw-facts', 'none'],
    ['@media (min-width: 1px) { aw-facts { display: none } }', 'aw-facts', 'none'],
    ['aw-stats-ticker { display: inline-block; width: 300px }', 'aw-stats-ticker', 'inline-block'],
    ['body { display: grid } aw-take-action { display: flex; margin: 7px }', 'aw-take-action', 'flex'],
  ];
  for (const [rule, tag, display] of cases) {
    it(`the page owns the outer box: ${rule}`, async () => {
      page = await openPage(RECORD + SCRIPT + `<style>${rule}</style>`, ALL_WIDGETS);
      const el = page.doc.querySelector(tag)!;
      expect(getComputedStyle(el).display).to.equal(display);
      if (display === 'none') expect(el.getClientRects().length).to.equal(0);
      if (rule.includes('width: 300px')) expect(Math.round(el.getBoundingClientRect().width)).to.equal(300);
      if (rule.includes('margin')) expect(getComputedStyle(el).marginTop).to.equal('7px');
      // The rest of the page is untouched, and a dismissal still hides the banner.
      const banner = page.doc.querySelector('aw-hotline-banner')!;
      expect(getComputedStyle(banner).display).to.equal('block');
      (banner as HTMLElement).hidden = true;
      expect(banner.getClientRects().length).to.equal(0);
    });
  }

  it('a dismissed banner stays hidden even under page CSS that forces display', async () => {
    page = await openPage(
      RECORD + SCRIPT + '<style>aw-hotline-banner { display: block !important }</style>',
      ALL_WIDGETS,
    );
    const banner = page.doc.querySelector('aw-hotline-banner')!;
    expect(banner.getClientRects().length).to.be.greaterThan(0);
    banner.shadowRoot!.querySelector<HTMLElement>('[part="dismiss-button"]')!.click();
    expect(banner.getClientRects().length).to.equal(0);
  });
});

describe('drop-in in hostile hosts: Trusted Types', () => {
  let page: HostPage | undefined;
  afterEach(() => page?.remove());

  const PURIFY =
    '<script src="/node_modules/dompurify/dist/purify.js"></script><script src="/test/embed/pages/purify-default.js"></script>';
  // The host lists its own policies, not ours: Lit's templates then go through the host's
  // default policy, which sanitises them.
  const CSP =
    "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types default dompurify";
  const BANNER =
    '<aw-hotline-banner><a id="fallback" href="tel:+18008435678">Call NCMEC: 1-800-843-5678</a></aw-hotline-banner>';

  it('under a sanitising default policy (DOMPurify) warns once and shows the fallback phone link', async function () {
    page = await openPage(RECORD + PURIFY + SCRIPT, BANNER, { csp: CSP });
    if (!('trustedTypes' in page.win)) {
      // This browser has no Trusted Types, so there is no policy to sanitise anything.
      this.skip();
    }
    expect(page.recorded.errors).to.deep.equal([]);
    const fallback = page.doc.querySelector('#fallback')!;
    expect(fallback.getClientRects().length, 'the fallback phone link is visible').to.be.greaterThan(0);
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
    const warned = page.recorded.warnings.filter((w) => w.includes('<aw-hotline-banner>'));
    expect(warned.length, warned.join('\n')).to.equal(1);
  });

  it('stops rendering after the host refuses its policy: the ticker reports no violation per rotation', async function () {
    page = await openPage(RECORD + SCRIPT, '<aw-stats-ticker interval="3"></aw-stats-ticker>', {
      csp: CSP.replace('trusted-types default dompurify', 'trusted-types host-only'),
    });
    if (!('trustedTypes' in page.win)) {
      // No Trusted Types in this browser: nothing is refused.
      this.skip();
    }
    const ticker = page.doc.querySelector('aw-stats-ticker') as HTMLElement & { requestUpdate(): void };
    const after = page.recorded.violations.length;
    // Ask for renders as rotations would, and let each finish.
    for (let i = 0; i < 5; i++) {
      ticker.requestUpdate();
      await new Promise((resolve) => setTimeout(resolve));
    }
    expect(page.recorded.violations.length, page.recorded.violations.join('\n')).to.equal(after);
    expect(page.recorded.errors).to.deep.equal([]);
  });
});
