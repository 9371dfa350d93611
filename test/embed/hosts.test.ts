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
