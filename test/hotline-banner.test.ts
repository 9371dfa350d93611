import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/hotline-banner/define.js';
import type { AwHotlineBanner } from '../src/components/hotline-banner/hotline-banner.js';
import { setConfig } from '../src/internal/context.js';
import { captureWarnings, deepActiveElement, expectAccessible, holdNavigation, nameOf, part, text } from './helpers.js';

async function banner(template = html`<aw-hotline-banner></aw-hotline-banner>`): Promise<AwHotlineBanner> {
  const el = await fixture<AwHotlineBanner>(template);
  await el.updateComplete;
  return el;
}

describe('<aw-hotline-banner>', () => {
  afterEach(() => {
    sessionStorage.clear();
    setConfig({ lang: undefined, theme: undefined });
  });

  it('shows the hotline as a tel: link whose name holds the digits, the CyberTipline and 911', async () => {
    const el = await banner();
    const phone = part<HTMLAnchorElement>(el, '[part="phone-link"]');
    expect(phone.getAttribute('href')).to.equal('tel:+18008435678');
    expect(nameOf(phone)).to.contain('1-800-843-5678').and.to.contain('1-800-THE-LOST');
    const report = part<HTMLAnchorElement>(el, '[part="report-link"]');
    expect(report.href).to.equal('https://report.cybertip.org/');
    expect(report.rel).to.equal('noopener noreferrer');
    expect(report.referrerPolicy).to.equal('no-referrer');
    const emergency = part(el, '[part="emergency"] a');
    expect(emergency.getAttribute('href')).to.equal('tel:911');
    expect(text(part(el, '[part="emergency"]'))).to.match(/immediate danger, call 911/);
    expect(text(part(el, '[part="heading"]'))).to.equal('Think a child is being trafficked or abused?');
  });

  for (const variant of ['bar', 'card', 'compact']) {
    for (const theme of ['light', 'dark', 'auto']) {
      it(`passes axe (WCAG 2.2 AA) as ${variant} in the ${theme} theme, dismissible`, async () => {
        const el = await banner(
          html`<aw-hotline-banner variant=${variant} theme=${theme} dismissible></aw-hotline-banner>`,
        );
        expect(part(el, '[part="base"]').classList.contains(variant)).to.be.true;
        await expectAccessible(el);
      });
    }
  }

  it('passes axe in Spanish', async () => {
    await expectAccessible(await banner(html`<aw-hotline-banner lang="es" variant="card"></aw-hotline-banner>`));
  });

  it('makes the call and dismiss buttons at least 44 by 44 CSS pixels in every variant', async () => {
    for (const variant of ['bar', 'card', 'compact']) {
      const el = await banner(html`<aw-hotline-banner variant=${variant} dismissible></aw-hotline-banner>`);
      for (const selector of ['[part="phone-link"]', '[part="dismiss-button"]']) {
        const box = part(el, selector).getBoundingClientRect();
        expect(box.width, `${variant} ${selector} width`).to.be.at.least(44);
        expect(box.height, `${variant} ${selector} height`).to.be.at.least(44);
      }
      const box = part(el, '[part="emergency"] a').getBoundingClientRect();
      expect(box.height, `${variant} 911 link`).to.be.at.least(24);
    }
  });

  describe('language', () => {
    it('speaks Spanish from its own lang, with the same digits and URLs', async () => {
      const el = await banner(html`<aw-hotline-banner lang="es-MX"></aw-hotline-banner>`);
      expect(text(part(el, '[part="heading"]'))).to.match(/^¿Cree que un niño/);
      expect(part(el, '[part="base"]').getAttribute('lang')).to.equal('es');
      expect(nameOf(part(el, '[part="phone-link"]'))).to.contain('1-800-843-5678');
      expect(part<HTMLAnchorElement>(el, '[part="report-link"]').href).to.equal('https://report.cybertip.org/');
      expect(text(part(el, '[part="emergency"]'))).to.match(/llame al 911/);
    });

    it('follows the nearest ancestor with lang, and changes when it changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="es">
          <section><aw-hotline-banner></aw-hotline-banner></section>
        </div>`,
      );
      const el = wrapper.querySelector('aw-hotline-banner')!;
      await el.updateComplete;
      expect(text(part(el, '[part="heading"]'))).to.match(/^¿Cree/);
      wrapper.setAttribute('lang', 'en-GB');
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(part(el, '[part="heading"]'))).to.match(/^Think a child/);
    });

    it('follows AwarenessWidgets.configure({ lang }) unless it has its own lang', async () => {
      const plain = await banner();
      const own = await banner(html`<aw-hotline-banner lang="en"></aw-hotline-banner>`);
      setConfig({ lang: 'es' });
      await plain.updateComplete;
      await own.updateComplete;
      expect(part(plain, '[part="base"]').lang).to.equal('es');
      expect(part(own, '[part="base"]').lang).to.equal('en');
    });

    it('warns once about a language it does not speak and falls back to the page', async () => {
      let el!: AwHotlineBanner;
      const warnings = await captureWarnings(async () => {
        el = await banner(html`<aw-hotline-banner lang="tlh"></aw-hotline-banner>`);
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<aw-hotline-banner>').and.to.contain('lang="tlh"');
      expect(part(el, '[part="base"]').lang).to.equal('en');
    });

    it('lays out right to left under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><aw-hotline-banner dismissible></aw-hotline-banner></div>`,
      );
      const el = wrapper.querySelector('aw-hotline-banner')!;
      await el.updateComplete;
      const base = part(el, '[part="base"]');
      expect(base.dir).to.equal('rtl');
      const dismiss = part(el, '[part="dismiss-button"]').getBoundingClientRect();
      const box = base.getBoundingClientRect();
      expect(dismiss.left - box.left, 'dismiss sits at the start (left) in rtl').to.be.lessThan(
        box.right - dismiss.right,
      );
    });
  });

  describe('bad input', () => {
    it('gives one warning per bad attribute, naming element, attribute and value, and uses the default', async () => {
      let el!: AwHotlineBanner;
      const warnings = await captureWarnings(async () => {
        el = await banner(
          html`<aw-hotline-banner
            variant="giant"
            position="sideways"
            heading-level="9"
            theme="purple"
          ></aw-hotline-banner>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(4);
      for (const [attr, value] of [
        ['variant', 'giant'],
        ['position', 'sideways'],
        ['heading-level', '9'],
        ['theme', 'purple'],
      ]) {
        expect(
          warnings.some((w) => w.includes('<aw-hotline-banner>') && w.includes(`${attr}="${value}"`)),
          attr,
        ).to.be.true;
      }
      const base = part(el, '[part="base"]');
      expect(base.classList.contains('bar')).to.be.true;
      expect(base.classList.contains('inline')).to.be.true;
      expect(base.dataset.theme).to.equal('light');
      expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
    });

    it('renders partner text in slots as text, never as markup', async () => {
      const el = await banner(
        html`<aw-hotline-banner
          ><span slot="heading">${'<img src=x onerror="window.__pwned=1">Call us'}</span></aw-hotline-banner
        >`,
      );
      const slot = part<HTMLSlotElement>(el, 'slot[name="heading"]');
      expect(text(slot.assignedElements()[0])).to.contain('Call us');
      expect(el.querySelectorAll('img').length, 'no <img> created').to.equal(0);
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  it('sets the heading level from heading-level', async () => {
    const el = await banner(html`<aw-hotline-banner variant="card" heading-level="3"></aw-hotline-banner>`);
    const heading = part(el, '[part="heading"]');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
  });

  it('lets the partner replace heading and intro through slots', async () => {
    const el = await banner(
      html`<aw-hotline-banner
        ><span slot="heading">Help is one call away</span
        ><span slot="intro">Our school stands with NCMEC.</span></aw-hotline-banner
      >`,
    );
    expect(part<HTMLSlotElement>(el, 'slot[name="heading"]').assignedNodes().map(text).join('')).to.equal(
      'Help is one call away',
    );
    expect(part<HTMLSlotElement>(el, 'slot[name="intro"]').assignedNodes().map(text).join('')).to.equal(
      'Our school stands with NCMEC.',
    );
  });

  it('hides its fallback content once it renders', async () => {
    const el = await banner(
      html`<aw-hotline-banner><a id="fallback" href="tel:+18008435678">Call 1-800-843-5678</a></aw-hotline-banner>`,
    );
    const fallback = el.querySelector<HTMLAnchorElement>('#fallback')!;
    expect(fallback.getClientRects().length, 'fallback is not rendered').to.equal(0);
  });

  describe('events', () => {
    let release: () => void;
    beforeEach(() => (release = holdNavigation()));
    afterEach(() => release());

    it('fires aw-call when the hotline link is used and aw-report for the CyberTipline', async () => {
      const el = await banner();
      setTimeout(() => part(el, '[part="phone-link"]').click());
      const call = await oneEvent(el, 'aw-call');
      expect(call.detail).to.deep.equal({ number: '1-800-843-5678', href: 'tel:+18008435678' });
      expect(call.composed && call.bubbles).to.be.true;
      setTimeout(() => part(el, '[part="report-link"]').click());
      const report = await oneEvent(el, 'aw-report');
      expect(report.detail).to.deep.equal({ url: 'https://report.cybertip.org/' });
      setTimeout(() => part(el, '[part="emergency"] a').click());
      expect((await oneEvent(el, 'aw-call')).detail.number).to.equal('911');
    });
  });

  describe('dismiss', () => {
    it('has no dismiss button unless dismissible', async () => {
      const el = await banner();
      expect(el.shadowRoot!.querySelectorAll('[part="dismiss-button"]').length).to.equal(0);
    });

    it('stays when a listener cancels aw-dismiss', async () => {
      const el = await banner(html`<aw-hotline-banner dismissible></aw-hotline-banner>`);
      el.addEventListener('aw-dismiss', (e) => e.preventDefault());
      part(el, '[part="dismiss-button"]').click();
      expect(el.hidden).to.be.false;
      expect(el.getClientRects().length).to.be.greaterThan(0);
    });

    it('hides, stores nothing, and moves focus to the next control when dismissed from the keyboard', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><aw-hotline-banner dismissible></aw-hotline-banner><button id="after">After</button></div>`,
      );
      const el = wrapper.querySelector('aw-hotline-banner')!;
      await el.updateComplete;
      const dismiss = part(el, '[part="dismiss-button"]');
      dismiss.focus();
      setTimeout(() => dismiss.click());
      const event = await oneEvent(el, 'aw-dismiss');
      expect(event.cancelable).to.be.true;
      expect(event.detail).to.deep.equal({ remembered: false });
      expect(el.hidden).to.be.true;
      expect(el.getClientRects().length).to.equal(0);
      expect(document.activeElement?.id, 'focus on the next control').to.equal('after');
      expect(sessionStorage.length).to.equal(0);
    });

    it('passes over what Tab would skip when it moves focus on', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <aw-hotline-banner dismissible></aw-hotline-banner><button id="disabled" disabled>Disabled</button
          ><input id="hidden-input" type="hidden" /><span id="minus-one" tabindex="-1">Script-only</span>
          <fieldset disabled><input id="in-disabled-set" /></fieldset>
          <button id="hidden" hidden>Hidden</button><a id="after" href="#after">After</a>
        </div>`,
      );
      const el = wrapper.querySelector('aw-hotline-banner')!;
      // An anchor without href (made here: the template linter rightly refuses one) is no link.
      const anchor = document.createElement('a');
      anchor.textContent = 'Not a link';
      el.after(anchor);
      await el.updateComplete;
      const dismiss = part(el, '[part="dismiss-button"]');
      dismiss.focus();
      dismiss.click();
      expect(document.activeElement?.id, 'focus on the next control Tab reaches').to.equal('after');
    });

    it('returns focus to where it came from', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button><aw-hotline-banner dismissible></aw-hotline-banner><button>After</button>
        </div>`,
      );
      const el = wrapper.querySelector('aw-hotline-banner')!;
      await el.updateComplete;
      const before = wrapper.querySelector<HTMLButtonElement>('#before')!;
      before.focus();
      part(el, '[part="dismiss-button"]').focus();
      part(el, '[part="dismiss-button"]').click();
      expect(document.activeElement?.id, 'focus back where it came from').to.equal('before');
    });

    it('remembers a dismissal for the session only with remember-dismiss', async () => {
      const el = await banner(html`<aw-hotline-banner dismissible remember-dismiss></aw-hotline-banner>`);
      part(el, '[part="dismiss-button"]').click();
      expect(sessionStorage.length).to.equal(1);
      expect(localStorage.length).to.equal(0);
      // Hidden, it takes no room, so it never comes near the screen and never renders: no update to await.
      const again = document.createElement('aw-hotline-banner');
      again.setAttribute('dismissible', '');
      again.setAttribute('remember-dismiss', '');
      (await fixture(html`<div></div>`)).append(again);
      expect(again.hidden).to.be.true;
      const other = await banner(html`<aw-hotline-banner dismissible></aw-hotline-banner>`);
      expect(other.hidden, 'a banner without the opt-in ignores the stored dismissal').to.be.false;
    });
  });

  describe('position', () => {
    for (const position of ['top', 'bottom'] as const) {
      it(`fixed to the ${position}, adds room so the page's own controls stay uncovered, and takes it back when removed`, async () => {
        const sheetsBefore = document.adoptedStyleSheets.length;
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <button id="edge">Page control</button><aw-hotline-banner position=${position}></aw-hotline-banner>
          </div>`,
        );
        const el = wrapper.querySelector('aw-hotline-banner')!;
        await el.updateComplete;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const box = part(el, '[part="base"]').getBoundingClientRect();
        if (position === 'top') expect(box.top).to.equal(0);
        else expect(Math.round(box.bottom)).to.equal(window.innerHeight);
        expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore + 1);
        const padding = parseFloat(
          getComputedStyle(document.documentElement)[position === 'top' ? 'paddingTop' : 'paddingBottom'],
        );
        expect(padding).to.be.closeTo(box.height, 1);
        if (position === 'top') {
          const control = wrapper.querySelector('#edge')!.getBoundingClientRect();
          expect(control.top, 'the page control starts below the banner').to.be.at.least(box.bottom - 1);
        }
        el.remove();
        expect(document.adoptedStyleSheets.length).to.equal(sheetsBefore);
        const side = position === 'top' ? 'paddingTop' : 'paddingBottom';
        expect(getComputedStyle(document.documentElement)[side], 'room given back').to.equal('0px');
      });
    }

    it('is not printed when fixed', async () => {
      const el = await banner(html`<aw-hotline-banner position="bottom"></aw-hotline-banner>`);
      const rule = [...el.shadowRoot!.adoptedStyleSheets.flatMap((s) => [...s.cssRules])]
        .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
        .flatMap((r) => [...r.cssRules].map((c) => c.cssText))
        .join(' ');
      expect(rule).to.match(/\.fixed\s*\{\s*display:\s*none/);
      el.remove();
    });
  });

  describe('keyboard', () => {
    it('reaches call, report, 911 and dismiss with Tab, each with a visible focus ring', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button id="start">start</button><aw-hotline-banner dismissible></aw-hotline-banner></div>`,
      );
      const el = wrapper.querySelector('aw-hotline-banner')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#start')!.focus();
      const reached: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement() as HTMLElement;
        reached.push(active.getAttribute('part') ?? active.getAttribute('href') ?? active.localName);
        const style = getComputedStyle(active);
        expect(style.outlineStyle, `${reached[i]} outline`).to.equal('solid');
        expect(parseFloat(style.outlineWidth), `${reached[i]} outline width`).to.be.at.least(2);
      }
      expect(reached).to.deep.equal(['phone-link', 'report-link', 'tel:911', 'dismiss-button']);
    });
  });
});
