import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/take-action/define.js';
import type { AwTakeAction } from '../src/components/take-action/take-action.js';
import { captureWarnings, expectAccessible, holdNavigation, nameOf, part, parts, text } from './helpers.js';

async function actions(template = html`<aw-take-action></aw-take-action>`): Promise<AwTakeAction> {
  const el = await fixture<AwTakeAction>(template);
  await el.updateComplete;
  return el;
}

const items = (el: Element) => parts(el, '[part="item"]');
const hrefs = (item: Element) => [...item.querySelectorAll('a')].map((a) => a.getAttribute('href'));

const CYBERTIPLINE = 'https://report.cybertip.org/';
const ADVOCACY = 'https://www.nationalchildrensalliance.org/';
const NCMEC = 'https://www.missingkids.org/';
const PREVENTION_MONTH = 'https://www.missingkids.org/blog/2020/january-is-national-human-trafficking-prevention-month';
/** Each action's links, in order, the same in every language: call or report, then each site. */
const ACTION_HREFS = [['tel:+18008435678', CYBERTIPLINE], [ADVOCACY], [NCMEC], [NCMEC], [PREVENTION_MONTH]];

/**
 * How many elements match in the shadow root. Tests compare counts, not elements: a failed
 * assertion whose value is a DOM element stalls Web Test Runner until its time limit.
 */
const count = (el: Element, selector: string) => parts(el, selector).length;

describe('<aw-take-action>', () => {
  it('shows the five actions in order, each with its text and an icon', async () => {
    const el = await actions();
    expect(text(part(el, '[part="heading"]'))).to.equal('What you can do');
    expect(text(part(el, '[part="intro"]'))).to.match(/anyone who comes into contact with children can help/);
    expect(items(el).map((i) => text(i.querySelector('.title')))).to.deep.equal([
      'Report what you see',
      'Get involved locally',
      'Support NCMEC',
      'Stay informed',
      'Tell others, especially in January',
    ]);
    expect(text(items(el)[4])).to.contain('National Slavery and Human Trafficking Prevention Month');
    for (const item of items(el)) {
      const svg = item.querySelector('.badge svg')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.children.length).to.be.greaterThan(0);
    }
  });

  it('gives every action a real link: the hotline and the CyberTipline to report, then each site', async () => {
    const el = await actions();
    expect(items(el).map(hrefs)).to.deep.equal(ACTION_HREFS);
    const phone = part(el, '[part="phone-link"]');
    expect(nameOf(phone)).to.contain('1-800-THE-LOST').and.to.contain('1-800-843-5678');
    expect(text(part(el, '[part="report-link"]'))).to.equal('Report online to the CyberTipline');
    expect(parts(el, '[part="link"]').map(text)).to.deep.equal([
      'Find a children’s advocacy center',
      'Ways to support NCMEC',
      'Visit NCMEC',
      'Read and share the facts',
    ]);
  });

  it('sends no opener and no referrer to other sites', async () => {
    const el = await actions(html`<aw-take-action quick-exit></aw-take-action>`);
    const outbound = parts<HTMLAnchorElement>(el, 'a[href^="https:"]');
    expect(outbound.length, 'the CyberTipline, four action links and the quick exit').to.equal(6);
    for (const a of outbound) {
      expect(a.rel, a.href).to.equal('noopener noreferrer');
      expect(a.referrerPolicy, a.href).to.equal('no-referrer');
    }
  });

  it('makes every link a target of at least 24 by 24 CSS pixels, the call and report buttons 44', async () => {
    const el = await actions();
    for (const a of parts(el, 'a')) {
      const box = a.getBoundingClientRect();
      expect(box.height, a.getAttribute('href')!).to.be.at.least(24);
      expect(box.width, a.getAttribute('href')!).to.be.at.least(24);
    }
    for (const selector of ['[part="phone-link"]', '[part="report-link"]']) {
      expect(part(el, selector).getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('speaks Spanish with lang="es", with the same numbers and links', async () => {
    const el = await actions(html`<aw-take-action lang="es"></aw-take-action>`);
    expect(part(el, '[part="base"]').lang).to.equal('es');
    expect(text(part(el, '[part="heading"]'))).to.equal('Lo que usted puede hacer');
    expect(text(items(el)[0]!.querySelector('.title'))).to.equal('Denuncie lo que vea');
    expect(text(part(el, '[part="report-link"]'))).to.equal('Haga una denuncia en línea en la CyberTipline');
    expect(parts(el, '[part="link"]').map(text)[0]).to.equal('Buscar un centro de defensa infantil (en inglés)');
    expect(nameOf(part(el, '[part="phone-link"]'))).to.contain('1-800-843-5678');
    expect(items(el).map(hrefs)).to.deep.equal(ACTION_HREFS);
  });

  for (const layout of ['list', 'grid']) {
    for (const theme of ['light', 'dark']) {
      it(`passes axe (WCAG 2.2 AA) as a ${layout} in the ${theme} theme`, async () => {
        const el = await actions(html`<aw-take-action layout=${layout} theme=${theme} quick-exit></aw-take-action>`);
        expect(part(el, '[part="base"]').classList.contains(layout)).to.be.true;
        expect(part(el, '[part="base"]').dataset.theme).to.equal(theme);
        await expectAccessible(el);
      });
    }
  }

  it('passes axe in Spanish', async () => {
    await expectAccessible(await actions(html`<aw-take-action lang="es" layout="grid"></aw-take-action>`));
  });

  it('grid puts actions side by side on a wide page and in one column on a narrow one', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><aw-take-action layout="grid"></aw-take-action></div>`,
    );
    const el = wrapper.querySelector('aw-take-action')!;
    await el.updateComplete;
    const lefts = () => new Set(items(el).map((i) => Math.round(i.getBoundingClientRect().left)));
    expect(lefts().size).to.be.at.least(2);
    wrapper.style.width = '300px';
    expect(lefts().size).to.equal(1);
    const base = part(el, '[part="base"]');
    expect(base.scrollWidth, 'no horizontal scroll at 300px').to.be.at.most(base.clientWidth);
  });

  it('list keeps one action per row, and fits 300px without scrolling sideways', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 900px"><aw-take-action></aw-take-action></div>`,
    );
    const el = wrapper.querySelector('aw-take-action')!;
    await el.updateComplete;
    expect(new Set(items(el).map((i) => Math.round(i.getBoundingClientRect().left))).size).to.equal(1);
    wrapper.style.width = '300px';
    const base = part(el, '[part="base"]');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
  });

  describe('events', () => {
    let release: () => void;
    beforeEach(() => (release = holdNavigation()));
    afterEach(() => release());

    it('fires aw-link with the action’s id for each site', async () => {
      const el = await actions();
      const seen: { url: string; id: string }[] = [];
      for (const link of parts(el, '[part="link"]')) {
        setTimeout(() => link.click());
        const event = await oneEvent(el, 'aw-link');
        expect(event.bubbles && event.composed).to.be.true;
        seen.push(event.detail);
      }
      expect(seen).to.deep.equal([
        { url: ADVOCACY, id: 'advocacy' },
        { url: NCMEC, id: 'support' },
        { url: NCMEC, id: 'follow' },
        { url: PREVENTION_MONTH, id: 'tell' },
      ]);
    });

    it('fires aw-call for the hotline and aw-report for the CyberTipline', async () => {
      const el = await actions();
      setTimeout(() => part(el, '[part="phone-link"]').click());
      expect((await oneEvent(el, 'aw-call')).detail).to.deep.equal({
        number: '1-800-843-5678',
        href: 'tel:+18008435678',
      });
      setTimeout(() => part(el, '[part="report-link"]').click());
      expect((await oneEvent(el, 'aw-report')).detail).to.deep.equal({ url: CYBERTIPLINE });
    });
  });

  it('sets the heading level from heading-level', async () => {
    const el = await actions(html`<aw-take-action heading-level="1"></aw-take-action>`);
    const heading = part(el, '[part="heading"]');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('1');
    expect(part(el, '[part="base"]').hasAttribute('aria-labelledby'), 'not a landmark').to.be.false;
  });

  it('lets the partner replace heading and intro through slots', async () => {
    const el = await actions(
      html`<aw-take-action
        ><span slot="heading">Join us this January</span
        ><span slot="intro">Five things our readers can do.</span></aw-take-action
      >`,
    );
    expect(part<HTMLSlotElement>(el, 'slot[name="heading"]').assignedNodes().map(text).join('')).to.equal(
      'Join us this January',
    );
    expect(part<HTMLSlotElement>(el, 'slot[name="intro"]').assignedNodes().map(text).join('')).to.equal(
      'Five things our readers can do.',
    );
  });

  it('gives one warning per bad attribute and uses the defaults', async () => {
    let el!: AwTakeAction;
    const warnings = await captureWarnings(async () => {
      el = await actions(html`<aw-take-action layout="carousel" heading-level="2.5"></aw-take-action>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(warnings.some((w) => w.includes('<aw-take-action>') && w.includes('layout="carousel"'))).to.be.true;
    expect(warnings.some((w) => w.includes('<aw-take-action>') && w.includes('heading-level="2.5"'))).to.be.true;
    expect(part(el, '[part="base"]').classList.contains('list')).to.be.true;
    expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
  });

  it('shows a quick-exit link with the quick-exit attribute', async () => {
    expect(count(await actions(), '[part="quick-exit"]')).to.equal(0);
    const exit = part<HTMLAnchorElement>(
      await actions(html`<aw-take-action quick-exit></aw-take-action>`),
      '[part="quick-exit"]',
    );
    expect(exit.getAttribute('href')).to.equal('https://www.weather.gov/');
    expect(text(exit)).to.equal('Exit this page');
  });
});
