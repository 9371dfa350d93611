import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/components/quick-exit/define.js';
import '../src/components/hotline-banner/define.js';
import type { AwQuickExit } from '../src/components/quick-exit/quick-exit.js';
import { NEUTRAL_URL, navigation, showPage } from '../src/internal/exit.js';
import { captureWarnings, expectAccessible, nameOf, part, text } from './helpers.js';

describe('<aw-quick-exit>', () => {
  let visits: string[];
  let originalGo: typeof navigation.go;

  beforeEach(() => {
    visits = [];
    originalGo = navigation.go;
    navigation.go = (url) => visits.push(url);
  });
  afterEach(() => {
    navigation.go = originalGo;
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

  it('leaves on Shift pressed three times, counting the presses in a status message', async () => {
    const el = await quickExit(html`<aw-quick-exit href="https://example.org/weather"></aw-quick-exit>`);
    const status = part(el, '[role="status"]');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(text(status)).to.equal('Shift pressed 1 time');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(text(status)).to.equal('Shift pressed 2 times');
    expect(visits).to.deep.equal([]);
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(visits).to.deep.equal(['https://example.org/weather']);
    expect(text(status)).to.equal('Leaving this page');
  });

  it('starts the count again after another key, or after five seconds', async () => {
    await quickExit();
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Shift' });
    expect(visits, 'another key in between resets').to.deep.equal([]);

    const clock = sinon.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    try {
      await sendKeys({ press: 'Shift' });
      clock.tick(5001);
      await sendKeys({ press: 'Shift' });
      expect(visits, 'presses more than 5 s apart do not count together').to.deep.equal([]);
      await sendKeys({ press: 'Shift' });
      await sendKeys({ press: 'Shift' });
      expect(visits).to.have.length(1);
    } finally {
      clock.restore();
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
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
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
