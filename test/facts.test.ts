import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/facts/define.js';
import type { AwFacts } from '../src/components/facts/facts.js';
import { captureWarnings, expectAccessible, holdNavigation, part, parts, text } from './helpers.js';

async function facts(template = html`<aw-facts></aw-facts>`): Promise<AwFacts> {
  const el = await fixture<AwFacts>(template);
  await el.updateComplete;
  return el;
}

async function settle(el: AwFacts): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
}

const items = (el: Element) => parts(el, '[part="item"]');

const PREVENTION_MONTH = 'https://www.missingkids.org/blog/2020/january-is-national-human-trafficking-prevention-month';
const LETTER = 'https://www.missingkids.org/blog/2020/letter-from-john-clark-on-child-sex-trafficking';

/**
 * How many elements match in the shadow root. Tests compare counts, not elements: a failed
 * assertion whose value is a DOM element stalls Web Test Runner until its time limit.
 */
const count = (el: Element, selector: string) => parts(el, selector).length;

describe('<aw-facts>', () => {
  describe('pairs (the default)', () => {
    it('leads with the four facts, each labelled "Fact:" and followed by the myth it corrects, labelled "Myth:"', async () => {
      const el = await facts();
      expect(text(part(el, '[part="heading"]'))).to.equal('Myths and facts');
      expect(text(part(el, '[part="intro"]'))).to.not.equal('');
      expect(items(el).length).to.equal(4);
      const [boys, abuse, targets, where] = items(el);
      expect(text(boys!.querySelector('[part="myth"]'))).to.equal('Myth: Only girls are trafficked.');
      expect(text(boys!.querySelector('[part="fact"]'))).to.match(/^Fact: It happens to boys too\./);
      expect(text(abuse!.querySelector('[part="fact"]'))).to.contain('not prostitution: it is child abuse');
      expect(text(targets!.querySelector('[part="fact"]')))
        .to.contain('missing children')
        .and.to.contain('false promises of love, safety and affection')
        .and.to.contain('food, clothing, money and shelter');
      expect(text(where!.querySelector('[part="fact"]')))
        .to.contain('schools')
        .and.to.contain('social networking sites')
        .and.to.contain('shopping malls')
        .and.to.contain('bus stations')
        .and.to.contain('group homes')
        .and.not.to.contain('online');
    });

    it('labels fact and myth in words; only the fact stands out, first, so a skimming reader takes away the fact', async () => {
      const el = await facts();
      for (const item of items(el)) {
        expect([...item.querySelectorAll('strong')].map(text)).to.deep.equal(['Fact:']);
        const [first, second] = [...item.querySelectorAll('[part]')].map((p) => p.getAttribute('part'));
        expect([first, second]).to.deep.equal(['fact', 'myth']);
        expect(text(item.querySelector('[part="myth"]'))).to.match(/^Myth: /);
        expect(getComputedStyle(item.querySelector('[part="myth"]')!).fontWeight).to.equal('400');
      }
    });

    it('is a list a screen reader can count', async () => {
      const el = await facts();
      const list = part(el, '[part="items"]');
      expect(list.localName).to.equal('ul');
      expect([...list.children].every((c) => c.localName === 'li')).to.be.true;
    });
  });

  describe('mode="facts"', () => {
    it('shows only the four facts as a list, with no myth', async () => {
      const el = await facts(html`<aw-facts mode="facts"></aw-facts>`);
      expect(items(el).length).to.equal(4);
      expect(text(items(el)[0])).to.match(/^It happens to boys too\./);
      expect(text(part(el, '[part="items"]')))
        .to.not.contain('Myth')
        .and.to.not.contain('Only girls');
      expect(count(el, '[part="myth"], details')).to.equal(0);
    });

    it('ignores expandable: facts alone have nothing to reveal', async () => {
      const el = await facts(html`<aw-facts mode="facts" expandable></aw-facts>`);
      expect(count(el, 'details')).to.equal(0);
      expect(items(el).every((i) => i.checkVisibility())).to.be.true;
    });
  });

  describe('expandable', () => {
    it('makes each fact a closed disclosure that hides the myth it corrects', async () => {
      const el = await facts(html`<aw-facts expandable></aw-facts>`);
      const details = parts<HTMLDetailsElement>(el, 'details');
      expect(details.length).to.equal(4);
      for (const d of details) {
        expect(d.open).to.be.false;
        expect(d.querySelector('summary')!.getAttribute('part')).to.equal('fact');
        expect(d.querySelector('[part="myth"]')!.checkVisibility(), 'myth hidden').to.be.false;
        expect(d.querySelector('summary')!.getBoundingClientRect().height).to.be.at.least(24);
      }
      expect(text(details[0]!.querySelector('summary'))).to.match(/^Fact: It happens to boys too\./);
    });

    it('reveals a myth with Enter and hides it with Space', async () => {
      const el = await facts(html`<aw-facts expandable></aw-facts>`);
      const d = parts<HTMLDetailsElement>(el, 'details')[1]!;
      d.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(d.open).to.be.true;
      const myth = d.querySelector('[part="myth"]')!;
      expect(myth.checkVisibility()).to.be.true;
      expect(text(myth)).to.equal('Myth: Some children choose this life.');
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(d.open).to.be.false;
      expect(myth.checkVisibility()).to.be.false;
    });

    it('reveals a myth on a click, leaving the others closed', async () => {
      const el = await facts(html`<aw-facts expandable></aw-facts>`);
      const details = parts<HTMLDetailsElement>(el, 'details');
      details[3]!.querySelector('summary')!.click();
      await settle(el);
      expect(details.map((d) => d.open)).to.deep.equal([false, false, false, true]);
      expect(details[3]!.querySelector('[part="myth"]')!.checkVisibility()).to.be.true;
    });
  });

  describe('sources', () => {
    it('names both NCMEC pages with their date and title and links to each, with no opener and no referrer', async () => {
      const el = await facts();
      const line = part(el, '[part="sources"]');
      expect(text(line)).to.match(/^Sources: /);
      const links = parts<HTMLAnchorElement>(el, '[part="source-link"]');
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([PREVENTION_MONTH, LETTER]);
      expect(text(links[0])).to.equal('NCMEC, 2020, “January is National Human Trafficking Prevention Month”');
      expect(text(links[1])).to.equal('NCMEC, 2020, “An Open Letter from Our President, John Clark”');
      for (const a of links) {
        expect(a.rel).to.equal('noopener noreferrer');
        expect(a.referrerPolicy).to.equal('no-referrer');
        expect(a.querySelector('cite')!.lang, 'English titles are marked as English').to.equal('en');
      }
    });

    it('shows them in every mode', async () => {
      for (const el of [
        await facts(html`<aw-facts mode="facts"></aw-facts>`),
        await facts(html`<aw-facts expandable></aw-facts>`),
      ]) {
        expect(count(el, '[part="source-link"]')).to.equal(2);
      }
    });
  });

  it('speaks Spanish with lang="es", with the same source links', async () => {
    const el = await facts(html`<aw-facts lang="es"></aw-facts>`);
    expect(part(el, '[part="base"]').lang).to.equal('es');
    expect(text(part(el, '[part="heading"]'))).to.equal('Mitos y realidades');
    expect(text(items(el)[0]!.querySelector('[part="myth"]'))).to.equal('Mito: Solo las niñas son víctimas de trata.');
    expect(text(items(el)[0]!.querySelector('[part="fact"]'))).to.match(/^Realidad: También les pasa a los niños\./);
    expect(text(part(el, '[part="sources"]'))).to.match(/^Fuentes: /);
    const links = parts<HTMLAnchorElement>(el, '[part="source-link"]');
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([PREVENTION_MONTH, LETTER]);
    expect(text(links[0]), 'says the page is in English').to.equal(
      'NCMEC, 2020, “January is National Human Trafficking Prevention Month” (en inglés)',
    );
    expect(links[0]!.querySelector('cite')!.lang).to.equal('en');
  });

  for (const [label, attrs] of [
    ['pairs', {}],
    ['facts', { mode: 'facts' }],
    ['pairs, expandable, one open', { expandable: true }],
  ] as const) {
    for (const theme of ['light', 'dark']) {
      it(`passes axe (WCAG 2.2 AA) as ${label} in the ${theme} theme`, async () => {
        const el = await facts(
          html`<aw-facts
            mode=${'mode' in attrs ? attrs.mode : 'pairs'}
            ?expandable=${'expandable' in attrs}
            theme=${theme}
            quick-exit
          ></aw-facts>`,
        );
        expect(part(el, '[part="base"]').dataset.theme).to.equal(theme);
        const first = el.shadowRoot!.querySelector('details');
        if (first) first.open = true;
        await expectAccessible(el);
      });
    }
  }

  it('passes axe in Spanish', async () => {
    await expectAccessible(await facts(html`<aw-facts lang="es" expandable></aw-facts>`));
  });

  it('fires aw-link when a source is followed', async () => {
    const release = holdNavigation();
    try {
      const el = await facts();
      setTimeout(() => parts(el, '[part="source-link"]')[1]!.click());
      const event = await oneEvent(el, 'aw-link');
      expect(event.detail).to.deep.equal({ url: LETTER, id: 'source' });
      expect(event.bubbles && event.composed).to.be.true;
    } finally {
      release();
    }
  });

  it('sets the heading level from heading-level', async () => {
    const el = await facts(html`<aw-facts heading-level="3"></aw-facts>`);
    const heading = part(el, '[part="heading"]');
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(part(el, '[part="base"]').hasAttribute('aria-labelledby'), 'not a landmark').to.be.false;
  });

  it('lets the partner replace heading and intro through slots', async () => {
    const el = await facts(
      html`<aw-facts
        ><span slot="heading">What is true</span><span slot="intro">Facts checked against NCMEC.</span></aw-facts
      >`,
    );
    expect(part<HTMLSlotElement>(el, 'slot[name="heading"]').assignedNodes().map(text).join('')).to.equal(
      'What is true',
    );
    expect(part<HTMLSlotElement>(el, 'slot[name="intro"]').assignedNodes().map(text).join('')).to.equal(
      'Facts checked against NCMEC.',
    );
  });

  it('gives one warning per bad attribute and uses the defaults', async () => {
    let el!: AwFacts;
    const warnings = await captureWarnings(async () => {
      el = await facts(html`<aw-facts mode="quiz" heading-level="seven"></aw-facts>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings).to.have.length(2);
    expect(warnings.some((w) => w.includes('<aw-facts>') && w.includes('mode="quiz"'))).to.be.true;
    expect(warnings.some((w) => w.includes('<aw-facts>') && w.includes('heading-level="seven"'))).to.be.true;
    expect(part(el, '[part="base"]').classList.contains('pairs')).to.be.true;
    expect(count(el, '[part="myth"]')).to.equal(4);
    expect(part(el, '[part="heading"]').getAttribute('aria-level')).to.equal('2');
  });

  it('shows a quick-exit link with the quick-exit attribute', async () => {
    expect(count(await facts(), '[part="quick-exit"]')).to.equal(0);
    const exit = part<HTMLAnchorElement>(
      await facts(html`<aw-facts quick-exit lang="es"></aw-facts>`),
      '[part="quick-exit"]',
    );
    expect(exit.getAttribute('href')).to.equal('https://www.weather.gov/');
    expect(text(exit)).to.equal('Salir de esta página');
  });
});
