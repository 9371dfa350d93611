/**
 * Issue 8: the widgets in every host. Boolean attributes as frameworks write them, storage that
 * tells the truth, and (further down) page globals, page CSS and shadow-root hosts.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { AwFacts, TAGS } from '../src/index.js';
import type { AwHotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { part, parts } from './helpers.js';

// Read as soon as the imports have run: the ES module entry defines its elements on import.
const definedOnImport = TAGS.filter((tag) => customElements.get(tag));
const upgradedOnImport = document.createElement('aw-facts') instanceof AwFacts;

async function make<T extends HTMLElement>(markup: string): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>('<div></div>');
  wrapper.innerHTML = markup;
  const el = wrapper.firstElementChild as T;
  // The widgets of one test stack down the page; each renders when it comes near the screen.
  el.scrollIntoView({ block: 'nearest' });
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

/** Each boolean attribute, and what a reader sees when it is on. */
const FLAGS: { tag: string; attr: string; prop: string; extra?: string; shows: (el: Element) => boolean }[] = [
  {
    tag: 'aw-facts',
    attr: 'quick-exit',
    prop: 'quickExit',
    shows: (el) => parts(el, '[part="quick-exit"]').length > 0,
  },
  {
    tag: 'aw-hotline-banner',
    attr: 'dismissible',
    prop: 'dismissible',
    shows: (el) => parts(el, '[part="dismiss-button"]').length > 0,
  },
  { tag: 'aw-facts', attr: 'expandable', prop: 'expandable', shows: (el) => parts(el, 'details').length > 0 },
  {
    tag: 'aw-warning-signs',
    attr: 'show-hotline',
    prop: 'showHotline',
    shows: (el) => parts(el, '[part="hotline"]').length > 0,
  },
  // hide-note is on when the note is gone.
  { tag: 'aw-quick-exit', attr: 'hide-note', prop: 'hideNote', shows: (el) => parts(el, '[part="note"]').length === 0 },
];

describe('hosts: boolean attributes', () => {
  afterEach(() => sessionStorage.clear());

  for (const { tag, attr, prop, shows } of FLAGS) {
    it(`<${tag} ${attr}>: "false" in any case is off, present or "true" is on`, async () => {
      for (const value of ['false', 'FALSE', ' False ']) {
        const el = await make(`<${tag} ${attr}="${value}"></${tag}>`);
        expect(shows(el), `${attr}="${value}"`).to.be.false;
      }
      for (const value of ['', 'true', attr]) {
        const el = await make(`<${tag} ${attr}="${value}"></${tag}>`);
        expect(shows(el), `${attr}="${value}"`).to.be.true;
      }
      expect(shows(await make(`<${tag}></${tag}>`)), 'absent').to.be.false;
    });

    it(`<${tag}>.${prop} = "false" (a string, as JSX may set it) is off; true is on`, async () => {
      const el = await make<HTMLElement & Record<string, unknown>>(`<${tag}></${tag}>`);
      el[prop] = 'false';
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shows(el)).to.be.false;
      el[prop] = true;
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(shows(el)).to.be.true;
    });
  }

  it('leaves room for the dismiss button only when it is there (dismissible="false" has none)', async () => {
    const off = await make<AwHotlineBanner>(`<aw-hotline-banner dismissible="false"></aw-hotline-banner>`);
    const on = await make<AwHotlineBanner>(`<aw-hotline-banner dismissible></aw-hotline-banner>`);
    const pad = (el: Element) => parseFloat(getComputedStyle(part(el, '.text')).paddingInlineEnd);
    expect(pad(off)).to.equal(0);
    expect(pad(on)).to.be.greaterThan(0);
  });

  it('remember-dismiss="false" (as Vue writes :remember-dismiss="false") stores nothing', async () => {
    const el = await make<AwHotlineBanner>(
      `<aw-hotline-banner dismissible remember-dismiss="false"></aw-hotline-banner>`,
    );
    setTimeout(() => part(el, '[part="dismiss-button"]').click());
    const event = await oneEvent(el, 'aw-dismiss');
    expect(event.detail).to.deep.equal({ remembered: false });
    expect(el.hidden).to.be.true;
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('aw-dismiss says remembered: false when storage throws (full or refused), and the banner still goes', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await make<AwHotlineBanner>(`<aw-hotline-banner dismissible remember-dismiss></aw-hotline-banner>`);
      setTimeout(() => part(el, '[part="dismiss-button"]').click());
      const event = await oneEvent(el, 'aw-dismiss');
      expect(event.detail).to.deep.equal({ remembered: false });
      expect(el.hidden).to.be.true;
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('a cancelled remembered dismissal leaves nothing stored', async () => {
    const el = await make<AwHotlineBanner>(`<aw-hotline-banner dismissible remember-dismiss></aw-hotline-banner>`);
    el.addEventListener('aw-dismiss', (e) => e.preventDefault());
    setTimeout(() => part(el, '[part="dismiss-button"]').click());
    const event = await oneEvent(el, 'aw-dismiss');
    expect(event.detail).to.deep.equal({ remembered: true });
    expect(el.hidden).to.be.false;
    expect(sessionStorage.length).to.equal(0);
  });
});

describe('hosts: ES modules', () => {
  it('defines every element on import, so code right after the import finds them', () => {
    expect(definedOnImport).to.deep.equal(TAGS);
    expect(upgradedOnImport, 'document.createElement gives the class at once').to.be.true;
  });
});

describe('hosts: page structure', () => {
  it("a widget only inside another component's shadow root follows later <html lang> changes", async () => {
    const html = document.documentElement;
    const before = html.getAttribute('lang');
    const outer = await fixture<HTMLDivElement>('<div></div>');
    const inner = outer.attachShadow({ mode: 'open' }).appendChild(document.createElement('div'));
    const el = inner.attachShadow({ mode: 'open' }).appendChild(document.createElement('aw-facts'));
    await el.updateComplete;
    try {
      html.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, '[part="base"]').lang).to.equal('en');
      html.lang = 'es';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(part(el, '[part="base"]').lang).to.equal('es');
    } finally {
      if (before === null) html.removeAttribute('lang');
      else html.setAttribute('lang', before);
    }
  });
});
