import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/quick-exit/define.js';
import '../src/components/hotline-banner/define.js';
import type { AwQuickExit } from '../src/components/quick-exit/quick-exit.js';
import { NEUTRAL_URL, navigation, showPage } from '../src/internal/exit.js';
import { captureWarnings, expectAccessible, nameOf, part, text } from './helpers.js';
import { keys } from './input.js';

describe('<aw-quick-exit>', () => {
  let visits: string[];
  let originalGo: typeof navigation.go;
  const originalOpen = navigation.open;

  beforeEach(() => {
    visits = [];
    originalGo = navigation.go;
    navigation.go = (url) => visits.push(url);
    navigation.open = (url) => visits.push(`new tab: ${url}`);
  });
  afterEach(() => {
    navigation.go = originalGo;
    navigation.open = originalOpen;
    showPage();
  });

  async function quickExit(template = html`<aw-quick-exit></aw-quick-exit>`): Promise<AwQuickExit> {
    const el = await fixture<AwQuickExit>(template);
    await el.updateComplete;
    return el;
  }

  const pageHidden = () => getComputedStyle(document.documentElement).visibility === 'hidden';

  it('shows the button, the Shift shortcut and honest advice about history', async () => {
    const el = await quickExit();
    const button = part<HTMLAnchorElement>(el, '[part="button"]');
    expect(nameOf(button)).to.equal('Exit this page');
    expect(button.href).to.equal(NEUTRAL_URL);
    expect(text(part(el, '[part="shortcut"]'))).to.equal('or press Shift 3 times');
    expect(text(part(el, '[part="note"]'))).to.contain('does not erase your browsing history');
  });

  it('hides the page at once and replaces it with the neutral page when the button is pressed', async () => {
    const el = await quickExit();
    setTimeout(() => part(el, '[part="button"]').click());
    const event = await oneEvent(el, 'aw-exit');
    expect(event.detail).to.deep.equal({ url: NEUTRAL_URL, trigger: 'button' });
    expect(visits).to.deep.equal([NEUTRAL_URL]);
    expect(pageHidden()).to.be.true;
  });

  it('shows the page again when the reader comes back (pageshow)', async () => {
    const el = await quickExit();
    part(el, '[part="button"]').click();
    expect(pageHidden()).to.be.true;
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    expect(pageHidden()).to.be.false;
  });

  it('stays when a listener cancels aw-exit', async () => {
    const el = await quickExit();
    el.addEventListener('aw-exit', (e) => e.preventDefault());
    part(el, '[part="button"]').click();
    expect(visits).to.deep.equal([]);
    expect(pageHidden()).to.be.false;
  });

  it('counts Shift pressed alone, on release, saying how many presses are left, and leaves on the third', async () => {
    const el = await quickExit(html`<aw-quick-exit href="https://example.org/weather"></aw-quick-exit>`);
    const status = part(el, '[role="status"]');
    await keys('Shift');
    await el.updateComplete;
    expect(text(status)).to.equal('Press Shift 2 more times to exit');
    await keys('Shift');
    await el.updateComplete;
    expect(text(status)).to.equal('Press Shift 1 more time to exit');
    expect(visits).to.deep.equal([]);
    await keys('Shift');
    await el.updateComplete;
    expect(visits).to.deep.equal(['https://example.org/weather']);
  });

  it('says nothing while the reader types capitals: Shift with another key starts the count again', async () => {
    const el = await quickExit();
    const status = part(el, '[role="status"]');
    const heard: string[] = [];
    new MutationObserver(() => heard.push(text(status))).observe(status, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    for (const c of 'Hi Sam. I Am OK') await keys(/[A-Z]/.test(c) ? `Shift+${c}` : c);
    await el.updateComplete;
    expect(heard.filter(Boolean), 'nothing announced while typing').to.deep.equal([]);
    expect(visits).to.deep.equal([]);

    await keys('Shift');
    await keys('Shift');
    await keys('Shift+A');
    await el.updateComplete;
    expect(text(status), 'the count is gone, silently').to.equal('');
    await keys('Shift');
    await keys('Shift');
    expect(visits, 'Shift+A counted as another key').to.deep.equal([]);
    await keys('Shift');
    expect(visits).to.have.length(1);
  });

  it('gives five more seconds with each press, and says when the count resets', async () => {
    const el = await quickExit();
    const status = part(el, '[role="status"]');
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.now() });
    try {
      await keys('Shift');
      await clock.tickAsync(4000);
      await keys('Shift');
      await clock.tickAsync(4000);
      await keys('Shift');
      expect(visits, 'three presses 4 s apart leave').to.have.length(1);
      showPage();

      await keys('Shift');
      await clock.tickAsync(5000);
      await el.updateComplete;
      expect(text(status)).to.equal('Shift count reset');
      await keys('Shift');
      await keys('Shift');
      expect(visits, 'the count started again').to.have.length(1);
    } finally {
      clock.restore();
    }
  });

  it('one page, one exit: two quick exits give one aw-exit and one navigation, and only one speaks', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><aw-quick-exit position="fixed"></aw-quick-exit><aw-quick-exit></aw-quick-exit></div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('aw-quick-exit')] as AwQuickExit[];
    await a!.updateComplete;
    await b!.updateComplete;
    let events = 0;
    wrapper.addEventListener('aw-exit', () => events++);
    await keys('Shift');
    await a!.updateComplete;
    await b!.updateComplete;
    const said = [a, b].map((w) => text(part(w!, '[role="status"]')));
    expect(said.filter(Boolean), 'one status speaks').to.have.length(1);
    await keys('Shift');
    await keys('Shift');
    expect([events, visits.length], 'Shift x3').to.deep.equal([1, 1]);

    showPage();
    part(a!, '[part="button"]').click();
    part(b!, '[part="button"]').click();
    expect([events, visits.length], 'then two clicks, after coming back').to.deep.equal([2, 2]);
  });

  for (const [lang, words] of [
    ['en', 'Leaving this page'],
    ['es', 'Saliendo de esta página'],
  ]) {
    it(`covers the page with "${words}" as an alert before it leaves (${lang})`, async () => {
      const el = await quickExit(html`<aw-quick-exit lang=${lang!}></aw-quick-exit>`);
      let seen: { text: string; role: string | null; onTop: boolean } | undefined;
      navigation.go = (url) => {
        const notice = document.querySelector('aw-leaving');
        const hit = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
        seen = { text: text(notice), role: notice?.getAttribute('role') ?? null, onTop: hit === notice };
        visits.push(url);
      };
      part(el, '[part="button"]').click();
      expect(seen).to.deep.equal({ text: words, role: 'alert', onTop: true });
      expect(pageHidden()).to.be.true;
      showPage();
      expect(document.querySelector('aw-leaving'), 'gone when the reader comes back').to.equal(null);
    });
  }

  it('leaves even when hiding the page throws (a page that clobbers adoptedStyleSheets)', async () => {
    const el = await quickExit();
    Object.defineProperty(document, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new Error('clobbered');
      },
    });
    try {
      part(el, '[part="button"]').click();
      expect(visits).to.deep.equal([NEUTRAL_URL]);
      const notice = document.querySelector('aw-leaving');
      expect(document.elementFromPoint(innerWidth / 2, innerHeight / 2), 'the notice still covers it').to.equal(notice);
    } finally {
      delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    }
  });

  it('speaks Spanish', async () => {
    const el = await quickExit(html`<aw-quick-exit lang="es"></aw-quick-exit>`);
    expect(nameOf(part(el, '[part="button"]'))).to.equal('Salir de esta página');
    expect(text(part(el, '[part="note"]'))).to.contain('no borra su historial');
  });

  it('accepts only an https destination; anything else gets one warning and the neutral page', async () => {
    for (const bad of ['javascript:alert(1)', 'http://example.org/', 'not a url']) {
      let el!: AwQuickExit;
      const warnings = await captureWarnings(async () => {
        el = await quickExit(html`<aw-quick-exit href=${bad}></aw-quick-exit>`);
      });
      expect(warnings, bad).to.have.length(1);
      expect(warnings[0]).to.contain('<aw-quick-exit>').and.to.contain(`href="${bad}"`);
      expect(part<HTMLAnchorElement>(el, '[part="button"]').href).to.equal(NEUTRAL_URL);
      part(el, '[part="button"]').click();
      expect(visits.pop()).to.equal(NEUTRAL_URL);
      showPage(); // the reader comes back: one exit per visit
    }
  });

  for (const theme of ['light', 'dark']) {
    for (const position of ['inline', 'fixed']) {
      it(`passes axe in the ${theme} theme, ${position}`, async () => {
        await expectAccessible(
          await quickExit(html`<aw-quick-exit theme=${theme} position=${position}></aw-quick-exit>`),
        );
      });
    }
  }

  it('has a button at least 44 by 44 CSS pixels', async () => {
    const box = part(await quickExit(), '[part="button"]').getBoundingClientRect();
    expect(box.width).to.be.at.least(44);
    expect(box.height).to.be.at.least(44);
  });

  it('stops listening to the keyboard when removed', async () => {
    const el = await quickExit();
    el.remove();
    await keys('Shift');
    await keys('Shift');
    await keys('Shift');
    expect(visits).to.deep.equal([]);
  });

  it('is available as a small link on any widget with the quick-exit attribute', async () => {
    const banner = await fixture(html`<aw-hotline-banner quick-exit></aw-hotline-banner>`);
    await (banner as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const link = part<HTMLAnchorElement>(banner, '[part="quick-exit"]');
    expect(nameOf(link)).to.equal('Exit this page');
    setTimeout(() => link.click());
    const event = await oneEvent(banner, 'aw-exit');
    expect(event.detail.trigger).to.equal('button');
    expect(visits).to.deep.equal([NEUTRAL_URL]);
    const plain = await fixture(html`<aw-hotline-banner></aw-hotline-banner>`);
    await (plain as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(plain.shadowRoot!.querySelectorAll('[part="quick-exit"]').length).to.equal(0);
  });
});
