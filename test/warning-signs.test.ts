import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/warning-signs/define.js';
import type { AwWarningSigns } from '../src/components/warning-signs/warning-signs.js';
import {
  captureWarnings,
  deepActiveElement,
  expectAccessible,
  holdNavigation,
  nameOf,
  part,
  parts,
  text,
} from './helpers.js';

async function signs(template = html`<aw-warning-signs></aw-warning-signs>`): Promise<AwWarningSigns> {
  const el = await fixture<AwWarningSigns>(template);
  await el.updateComplete;
  return el;
}

/** Titles of the signs a person sees, in order. */
const titles = (el: Element) => parts(el, '[part="item"] .title').map(text);

/** Whether a person can see `el` (closed <details> content is skipped, not always box-less). */
const visible = (el: Element) => el.checkVisibility();

/** Waits for the element to render what a click or key press changed. */
async function settle(el: AwWarningSigns): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}

const EN_TITLES = [
  'Cash, cards and keys they can’t explain',
  'Living out of a suitcase',
  'Someone else holds their ID',
  'Others speak for them',
  'Tattoos of money or ownership',
];

/**
 * How many elements match in the shadow root. Tests compare counts, not elements: a failed
 * assertion whose value is a DOM element stalls Web Test Runner until its time limit.
 */
const count = (el: Element, selector: string) => parts(el, selector).length;

describe('<aw-warning-signs>', () => {
  it('shows every sign from the seeds in three labelled groups, each with its text and an icon', async () => {
    const el = await signs();
    expect(text(part(el, '[part="heading"]'))).to.equal('Signs a child may be trafficked');
    expect(text(part(el, '[part="intro"]'))).to.match(/^Child sex trafficking hides in plain sight\./);
    expect(parts(el, '[part="group"]').map(text)).to.deep.equal([
      'What they carry and how they live',
      'Who controls them',
      'Marks on the body',
    ]);
    expect(titles(el)).to.deep.equal(EN_TITLES);
    const body = parts(el, '[part="item"]').map(text).join(' ');
    for (const seed of [
      'prepaid cards',
      'hotel room keys',
      'more than one cell phone',
      'has none at all',
      'coached',
      'looks at someone before speaking',
      '“$” sign or a barcode',
      'in motels, or in a car',
    ]) {
      expect(body).to.contain(seed);
    }
    for (const item of parts(el, '[part="item"]')) {
      const svg = item.querySelector('svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.children.length, 'the icon draws something').to.be.greaterThan(0);
      expect(svg.getBoundingClientRect().width).to.be.greaterThan(0);
    }
    expect(count(el, 'img'), 'no raster images').to.equal(0);
  });

  it('puts each group’s signs in a list under its label, one level below the heading', async () => {
    const el = await signs();
    const groups = parts(el, '[part="group"]');
    for (const g of groups) {
      expect(g.getAttribute('role')).to.equal('heading');
      expect(g.getAttribute('aria-level')).to.equal('3');
      expect(g.nextElementSibling?.localName).to.equal('ul');
    }
    expect(parts(el, 'ul[part="items"]').map((ul) => ul.children.length)).to.deep.equal([2, 2, 1]);
  });

  it('speaks Spanish with lang="es"', async () => {
    const el = await signs(html`<aw-warning-signs lang="es" limit="2" show-hotline></aw-warning-signs>`);
    expect(part(el, '[part="base"]').lang).to.equal('es');
    expect(text(part(el, '[part="heading"]'))).to.equal('Señales de que un menor podría ser víctima de trata');
    expect(parts(el, '[part="group"]').map(text)).to.deep.equal(['Lo que lleva consigo y cómo vive']);
    expect(titles(el)).to.deep.equal(['Dinero, tarjetas y llaves sin explicación', 'Vive con sus cosas en una maleta']);
    expect(text(part(el, '[part="show-more"]'))).to.equal('Mostrar 3 señales más');
    expect(text(part(el, '[part="what-to-do"] summary'))).to.equal('Qué hacer si ve estas señales');
    expect(text(part(el, '[part="more-link"]'))).to.equal('Más información sobre las señales, del NCMEC (en inglés)');
    expect(nameOf(part(el, '[part="phone-link"]'))).to.contain('1-800-843-5678');
    expect(part(el, '[part="phone-link"]').getAttribute('href')).to.equal('tel:+18008435678');
    expect(text(part(el, '[part="emergency"]'))).to.match(/llame al 911/);
  });

  it('links to NCMEC’s page on the signs with no opener and no referrer', async () => {
    const el = await signs();
    const more = part<HTMLAnchorElement>(el, '[part="more-link"]');
    expect(text(more)).to.equal('More about the signs, from NCMEC');
    expect(more.getAttribute('href')).to.equal('https://www.missingkids.org/theissues/trafficking');
    expect(more.rel).to.equal('noopener noreferrer');
    expect(more.referrerPolicy).to.equal('no-referrer');
    expect(more.getBoundingClientRect().height).to.be.at.least(24);
  });

  for (const layout of ['list', 'grid']) {
    for (const theme of ['light', 'dark']) {
      it(`passes axe (WCAG 2.2 AA) as a ${layout} in the ${theme} theme, with the hotline and the steps open`, async () => {
        const el = await signs(
          html`<aw-warning-signs layout=${layout} theme=${theme} show-hotline limit="3" quick-exit></aw-warning-signs>`,
        );
        expect(part(el, '[part="base"]').classList.contains(layout)).to.be.true;
        expect(part(el, '[part="base"]').dataset.theme).to.equal(theme);
        part<HTMLDetailsElement>(el, '[part="what-to-do"]').open = true;
        await expectAccessible(el);
      });
    }
  }

  it('passes axe in Spanish', async () => {
    await expectAccessible(
      await signs(html`<aw-warning-signs lang="es" layout="grid" show-hotline></aw-warning-signs>`),
    );
  });

  describe('layout', () => {
    it('grid puts signs side by side on a wide page and in one column on a narrow one', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 900px"><aw-warning-signs layout="grid"></aw-warning-signs></div>`,
      );
      const el = wrapper.querySelector('aw-warning-signs')!;
      await el.updateComplete;
      const lefts = () => new Set(parts(el, '[part="item"]').map((i) => Math.round(i.getBoundingClientRect().left)));
      expect(lefts().size, 'two columns at 900px').to.be.at.least(2);
      wrapper.style.width = '300px';
      expect(lefts().size, 'one column at 300px').to.equal(1);
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth, 'no horizontal scroll at 300px').to.be.at.most(base.clientWidth);
    });

    it('list keeps one sign per row even when wide, and fits 300px with the hotline without scrolling sideways', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 900px"><aw-warning-signs show-hotline></aw-warning-signs></div>`,
      );
      const el = wrapper.querySelector('aw-warning-signs')!;
      await el.updateComplete;
      expect(new Set(parts(el, '[part="item"]').map((i) => Math.round(i.getBoundingClientRect().left))).size).to.equal(
        1,
      );
      wrapper.style.width = '300px';
      const base = part(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    });

    it('lays out right to left under dir="rtl": icons on the right', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><aw-warning-signs></aw-warning-signs></div>`);
      const el = wrapper.querySelector('aw-warning-signs')!;
      await el.updateComplete;
      expect(part(el, '[part="base"]').dir).to.equal('rtl');
      const item = part(el, '[part="item"]');
      const icon = item.querySelector('.badge')!.getBoundingClientRect();
      const title = item.querySelector('.title')!.getBoundingClientRect();
      expect(icon.left).to.be.greaterThan(title.right - 1);
    });
  });

  describe('limit', () => {
    it('shows the first N signs and a button naming how many more there are', async () => {
      const el = await signs(html`<aw-warning-signs limit="2"></aw-warning-signs>`);
      expect(titles(el)).to.deep.equal(EN_TITLES.slice(0, 2));
      expect(parts(el, '[part="group"]').map(text), 'a group with no sign shown is left out').to.deep.equal([
        'What they carry and how they live',
      ]);
      const button = part<HTMLButtonElement>(el, '[part="show-more"]');
      expect(button.localName).to.equal('button');
      expect(button.type).to.equal('button');
      expect(text(button)).to.equal('Show 3 more signs');
      const box = button.getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
    });

    it('says "sign" for one', async () => {
      const el = await signs(html`<aw-warning-signs limit="4"></aw-warning-signs>`);
      expect(titles(el)).to.have.length(4);
      expect(text(part(el, '[part="show-more"]'))).to.equal('Show 1 more sign');
    });

    it('has no button when every sign shows (limit 5, or no limit)', async () => {
      for (const el of [await signs(html`<aw-warning-signs limit="5"></aw-warning-signs>`), await signs()]) {
        expect(titles(el)).to.have.length(5);
        expect(count(el, '[part="show-more"]')).to.equal(0);
      }
    });

    it('reveals the rest from the keyboard and moves focus to the first sign revealed', async () => {
      const el = await signs(html`<aw-warning-signs limit="2"></aw-warning-signs>`);
      part(el, '[part="show-more"]').focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(titles(el)).to.deep.equal(EN_TITLES);
      expect(count(el, '[part="show-more"]'), 'the button goes').to.equal(0);
      const active = deepActiveElement() as HTMLElement;
      expect(active.getAttribute('part')).to.equal('item');
      expect(text(active.querySelector('.title'))).to.equal('Someone else holds their ID');
      expect(getComputedStyle(active).outlineStyle, 'focus is visible').to.equal('solid');
      expect(active.tabIndex, 'focusable by script only, not a tab stop').to.equal(-1);
    });

    it('reveals the rest on a click too, focusing the first revealed sign', async () => {
      const el = await signs(html`<aw-warning-signs limit="3" lang="es"></aw-warning-signs>`);
      part(el, '[part="show-more"]').click();
      await settle(el);
      expect(titles(el)).to.have.length(5);
      expect(text((deepActiveElement() as HTMLElement).querySelector('.title'))).to.equal(
        'Otros hablan por él o por ella',
      );
    });

    it('hides them again when the limit changes', async () => {
      const el = await signs(html`<aw-warning-signs limit="2"></aw-warning-signs>`);
      part(el, '[part="show-more"]').click();
      await settle(el);
      el.limit = 1;
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(EN_TITLES.slice(0, 1));
      expect(text(part(el, '[part="show-more"]'))).to.equal('Show 4 more signs');
    });
  });

  describe('what to do', () => {
    it('is a closed disclosure holding the steps as an ordered list', async () => {
      const el = await signs();
      const details = part<HTMLDetailsElement>(el, '[part="what-to-do"]');
      expect(details.localName).to.equal('details');
      expect(details.open).to.be.false;
      expect(text(details.querySelector('summary'))).to.equal('What to do if you see these signs');
      const steps = [...details.querySelectorAll('ol > li')].map(text);
      expect(steps).to.have.length(3);
      expect(steps[0]).to.match(/what if I’m right\?/);
      expect(steps[2]).to.equal('If a child is in immediate danger, call 911.');
      expect(visible(details.querySelector('ol')!), 'steps hidden while closed').to.be.false;
      expect(details.querySelector('summary')!.getBoundingClientRect().height).to.be.at.least(24);
    });

    it('opens with Enter and closes with Space', async () => {
      const el = await signs();
      const details = part<HTMLDetailsElement>(el, '[part="what-to-do"]');
      details.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(details.open).to.be.true;
      expect(visible(details.querySelector('ol')!)).to.be.true;
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(details.open).to.be.false;
    });

    it('opens on a click', async () => {
      const el = await signs();
      const details = part<HTMLDetailsElement>(el, '[part="what-to-do"]');
      details.querySelector('summary')!.click();
      await settle(el);
      expect(details.open).to.be.true;
      expect(visible(details.querySelector('ol')!)).to.be.true;
    });
  });

  describe('show-hotline', () => {
    it('has no hotline footer by default', async () => {
      const el = await signs();
      expect(count(el, '[part="hotline"]')).to.equal(0);
      expect(count(el, 'a[href^="tel:"]')).to.equal(0);
    });

    it('adds the hotline, the CyberTipline and 911 in a footer', async () => {
      const el = await signs(html`<aw-warning-signs show-hotline></aw-warning-signs>`);
      const footer = part(el, '[part="hotline"]');
      expect(footer.localName).to.equal('footer');
      const phone = part<HTMLAnchorElement>(el, '[part="hotline"] [part="phone-link"]');
      expect(phone.getAttribute('href')).to.equal('tel:+18008435678');
      expect(nameOf(phone)).to.contain('1-800-THE-LOST').and.to.contain('1-800-843-5678');
      const report = part<HTMLAnchorElement>(el, '[part="hotline"] [part="report-link"]');
      expect(report.getAttribute('href')).to.equal('https://report.cybertip.org/');
      expect(report.rel).to.equal('noopener noreferrer');
      expect(report.referrerPolicy).to.equal('no-referrer');
      expect(part(el, '[part="hotline"] [part="emergency"] a').getAttribute('href')).to.equal('tel:911');
      for (const link of [phone, report]) {
        const box = link.getBoundingClientRect();
        expect(box.height).to.be.at.least(44);
      }
    });
  });

  describe('events', () => {
    let release: () => void;
    beforeEach(() => (release = holdNavigation()));
    afterEach(() => release());

    it('fires aw-link for NCMEC’s page, aw-call and aw-report from the footer', async () => {
      const el = await signs(html`<aw-warning-signs show-hotline></aw-warning-signs>`);
      setTimeout(() => part(el, '[part="more-link"]').click());
      const link = await oneEvent(el, 'aw-link');
      expect(link.detail).to.deep.equal({ url: 'https://www.missingkids.org/theissues/trafficking', id: 'more' });
      expect(link.bubbles && link.composed).to.be.true;
      setTimeout(() => part(el, '[part="phone-link"]').click());
      expect((await oneEvent(el, 'aw-call')).detail).to.deep.equal({
        number: '1-800-843-5678',
        href: 'tel:+18008435678',
      });
      setTimeout(() => part(el, '[part="report-link"]').click());
      expect((await oneEvent(el, 'aw-report')).detail).to.deep.equal({ url: 'https://report.cybertip.org/' });
      setTimeout(() => part(el, '[part="emergency"] a').click());
      expect((await oneEvent(el, 'aw-call')).detail.number).to.equal('911');
    });
  });

  it('sets the heading level from heading-level, and the group labels one below (at most 6)', async () => {
    const el = await signs(html`<aw-warning-signs heading-level="4"></aw-warning-signs>`);
    const heading = part(el, '[part="heading"]');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('4');
    expect(parts(el, '[part="group"]').map((g) => g.getAttribute('aria-level'))).to.deep.equal(['5', '5', '5']);
    el.headingLevel = 6;
    await el.updateComplete;
    expect(heading.getAttribute('aria-level')).to.equal('6');
    expect(part(el, '[part="group"]').getAttribute('aria-level')).to.equal('6');
  });

  it('is a section but not a landmark: a page keeps its landmarks for the banner and the ticker', async () => {
    const el = await signs();
    const base = part(el, '[part="base"]');
    expect(base.localName).to.equal('section');
    expect(base.hasAttribute('aria-labelledby') || base.hasAttribute('aria-label') || base.hasAttribute('role')).to.be
      .false;
  });

  it('lets the partner replace heading and intro through slots, as text', async () => {
    const el = await signs(
      html`<aw-warning-signs
        ><span slot="heading">Know the signs</span
        ><span slot="intro"
          >${'<img src=x onerror="window.__pwned=1">Our district asks every adult to learn them.'}</span
        ></aw-warning-signs
      >`,
    );
    expect(part<HTMLSlotElement>(el, 'slot[name="heading"]').assignedNodes().map(text).join('')).to.equal(
      'Know the signs',
    );
    expect(text(part<HTMLSlotElement>(el, 'slot[name="intro"]').assignedElements()[0])).to.contain('Our district asks');
    expect(el.querySelectorAll('img').length).to.equal(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(part(el, 'slot[name="heading"]').closest('[part="heading"]') !== null).to.be.true;
  });

  describe('bad input', () => {
    it('gives one warning per bad attribute, naming element, attribute and value, and uses the default', async () => {
      let el!: AwWarningSigns;
      const warnings = await captureWarnings(async () => {
        el = await signs(
          html`<aw-warning-signs layout="masonry" limit="lots" heading-level="0" theme="neon"></aw-warning-signs>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(4);
      for (const [attr, value] of [
        ['layout', 'masonry'],
        ['limit', 'lots'],
        ['heading-level', '0'],
        ['theme', 'neon'],
      ]) {
        expect(
          warnings.some((w) => w.includes('<aw-warning-signs>') && w.includes(`${attr}="${value}"`)),
          attr,
        ).to.be.true;
      }
      const base = part(el, '[part="base"]');
      expect(base.classList.contains('list')).to.be.true;
      expect(base.dataset.theme).to.equal('light');
      expect(titles(el), 'every sign shows').to.have.length(5);
      expect(count(el, '[part="show-more"]')).to.equal(0);
      expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
    });

    for (const limit of ['0', '6', '2.5', '-1']) {
      it(`warns once about limit="${limit}" and shows every sign`, async () => {
        let el!: AwWarningSigns;
        const warnings = await captureWarnings(async () => {
          el = await signs(html`<aw-warning-signs limit=${limit}></aw-warning-signs>`);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`limit="${limit}"`);
        expect(titles(el)).to.have.length(5);
      });
    }
  });

  it('shows a quick-exit link with the quick-exit attribute, and none without', async () => {
    const plain = await signs();
    expect(count(plain, '[part="quick-exit"]')).to.equal(0);
    const el = await signs(html`<aw-warning-signs quick-exit></aw-warning-signs>`);
    const exit = part<HTMLAnchorElement>(el, '[part="quick-exit"]');
    expect(exit.getAttribute('href')).to.equal('https://www.weather.gov/');
    expect(text(exit)).to.equal('Exit this page');
    expect(exit.parentElement!.nextElementSibling === null, 'it comes last').to.be.true;
  });
});
