/**
 * Fixed widgets on phones and at 400% zoom (issue 7.3, WCAG 1.4.10, 1.4.12, 2.4.11, 2.5.8): the
 * built bundle on a plain partner page, in frames sized like the screens, measured from the
 * rendered boxes.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { BUNDLE, RECORD, openPage, settle, type HostPage } from './frame.js';

const SCRIPT = `<script src="${BUNDLE}"></script>`;
/** A partner page: a header with a menu button at the top corner, and some text. */
const PARTNER = `<header style="display:flex;justify-content:space-between;margin:0;padding:8px;background:#333;color:#fff"
  ><b>Partner</b><button id="menu" style="min-height:44px">Menu</button></header
  ><main>${'<p>Text of the partner’s article, long enough to wrap on a phone.</p>'.repeat(12)}</main>`;
/** WCAG 1.4.12's text spacing, as a reader's style sheet sets it (inside the widgets too). */
const SPACING =
  '*{line-height:1.5!important;letter-spacing:.12em!important;word-spacing:.16em!important}p{margin-bottom:2em!important}';

const PHONE = { width: 375, height: 667 };
const ZOOM = { width: 320, height: 256 };

/** The README's pair: a fixed quick exit and a fixed banner. */
const PAIRS = {
  'bottom banner':
    '<aw-quick-exit position="fixed"></aw-quick-exit><aw-hotline-banner position="bottom"></aw-hotline-banner>',
  'top banner':
    '<aw-quick-exit position="fixed"></aw-quick-exit><aw-hotline-banner position="top" dismissible></aw-hotline-banner>',
};

let page: HostPage | undefined;
afterEach(() => page?.remove());

async function open(body: string, size: { width: number; height: number }, spacing = false): Promise<HostPage> {
  const p = await openPage(RECORD + SCRIPT, PARTNER + body, size);
  if (spacing) {
    for (const root of [p.doc, ...widgets(p).map((el) => el.shadowRoot!)]) {
      const style = p.doc.createElement('style');
      style.textContent = SPACING;
      (root === p.doc ? p.doc.head : root).append(style);
    }
    await settle(p.win);
  }
  return p;
}

function widgets(p: HostPage): Element[] {
  return [...p.doc.querySelectorAll('aw-quick-exit, aw-hotline-banner')];
}

function base(el: Element): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
}

/** What a person can see and press: links and buttons drawn larger than the 1px of hidden text. */
function controls(p: HostPage): { name: string; el: HTMLElement; box: DOMRect }[] {
  const found = [...p.doc.querySelectorAll<HTMLElement>('#menu')];
  for (const el of widgets(p)) found.push(...el.shadowRoot!.querySelectorAll<HTMLElement>('a, button'));
  return found
    .map((el) => ({
      name: `${el.getRootNode() === p.doc ? 'page' : (el.getRootNode() as ShadowRoot).host.localName} ${el.getAttribute('part') ?? el.id}`,
      el,
      box: el.getBoundingClientRect(),
    }))
    .filter(({ box }) => box.width > 2 && box.height > 2);
}

function intersect(a: DOMRect, b: DOMRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0.5 && h > 0.5 ? w * h : 0;
}

/** The part of the screen the fixed boxes cover, as a fraction (they never overlap, checked apart). */
function coverage(p: HostPage): number {
  const view = new DOMRect(0, 0, p.doc.documentElement.clientWidth, p.win.innerHeight);
  const boxes = widgets(p).map((el) => base(el).getBoundingClientRect());
  expect(intersect(boxes[0], boxes[1]), 'the two fixed widgets overlap').to.equal(0);
  return boxes.reduce((sum, box) => sum + intersect(box, view), 0) / (view.width * view.height);
}

function expectNoOverlap(p: HostPage): void {
  const all = controls(p);
  expect(all.length).to.be.greaterThan(3);
  for (const [i, a] of all.entries()) {
    for (const b of all.slice(i + 1)) {
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      expect(intersect(a.box, b.box), `${a.name} overlaps ${b.name}`).to.equal(0);
    }
  }
}

function expectInView(p: HostPage, el: Element, what: string): void {
  const box = el.getBoundingClientRect();
  expect(box.width, `${what} is shown`).to.be.greaterThan(20);
  expect(box.left, `${what} left`).to.be.at.least(0);
  expect(box.top, `${what} top`).to.be.at.least(0);
  expect(box.right, `${what} right`).to.be.at.most(p.doc.documentElement.clientWidth);
  expect(box.bottom, `${what} bottom`).to.be.at.most(p.win.innerHeight);
}

function expectNoSidewaysScroll(p: HostPage, what: string): void {
  const root = p.doc.documentElement;
  expect(root.scrollWidth, `${what}: the page scrolls sideways`).to.be.at.most(root.clientWidth);
  for (const el of widgets(p)) {
    const box = base(el);
    expect(box.scrollWidth, `${what}: <${el.localName}> scrolls sideways inside its box`).to.be.at.most(
      box.clientWidth + 1,
    );
  }
}

/** A mouse move onto the control, then a click, at its place in the frame. */
async function click(p: HostPage, el: Element): Promise<void> {
  const frame = p.frame.getBoundingClientRect();
  const box = el.getBoundingClientRect();
  const x = Math.round(frame.left + p.frame.clientLeft + box.left + box.width / 2);
  const y = Math.round(frame.top + p.frame.clientTop + box.top + box.height / 2);
  await sendMouse({ type: 'move', position: [x, y] });
  await sendMouse({ type: 'click', position: [x, y] });
  await settle(p.win);
}

describe('fixed widgets on small screens (issue 7.3)', () => {
  for (const [pair, body] of Object.entries(PAIRS)) {
    for (const [size, limit] of [
      [PHONE, 0.25],
      [ZOOM, 0.5],
    ] as const) {
      for (const spacing of [false, true]) {
        it(`quick exit and ${pair} at ${size.width}x${size.height}${spacing ? ' with text spacing' : ''}: small, apart, call link in view`, async () => {
          page = await open(body, size, spacing);
          expect(coverage(page)).to.be.at.most(limit);
          const banner = page.doc.querySelector('aw-hotline-banner')!;
          expectInView(page, banner.shadowRoot!.querySelector('[part="phone-link"]')!, 'the call link');
          expectInView(page, banner.shadowRoot!.querySelector('[part="report-link"]')!, 'the CyberTipline link');
          expectInView(
            page,
            page.doc.querySelector('aw-quick-exit')!.shadowRoot!.querySelector('[part="button"]')!,
            'the exit button',
          );
          expectNoOverlap(page);
          expectNoSidewaysScroll(page, pair);
          expect(page.recorded.errors).to.deep.equal([]);
        });
      }
    }
  }

  it('the page makes room: the host’s menu button is not under a fixed widget, also after scrolling to it', async () => {
    page = await open(PAIRS['top banner'], PHONE);
    const menu = page.doc.getElementById('menu')!;
    const qe = base(page.doc.querySelector('aw-quick-exit')!).getBoundingClientRect();
    expect(menu.getBoundingClientRect().top).to.be.at.least(Math.floor(qe.bottom));
    const style = page.win.getComputedStyle(page.doc.documentElement);
    const banner = base(page.doc.querySelector('aw-hotline-banner')!).getBoundingClientRect();
    expect(parseFloat(style.getPropertyValue('--aw-hotline-banner-top'))).to.equal(Math.ceil(banner.height));
    expect(parseFloat(style.getPropertyValue('--aw-quick-exit-block-size'))).to.equal(Math.ceil(qe.height));
    expect(parseFloat(style.getPropertyValue('--aw-quick-exit-inline-size'))).to.equal(Math.ceil(qe.width));
    expect(parseFloat(style.paddingTop)).to.be.at.least(Math.floor(qe.bottom));
    // The banner goes: its room goes, and the quick exit moves up into the corner.
    await click(
      page,
      page.doc.querySelector('aw-hotline-banner')!.shadowRoot!.querySelector('[part="dismiss-button"]')!,
    );
    const after = base(page.doc.querySelector('aw-quick-exit')!).getBoundingClientRect();
    expect(after.top).to.be.lessThan(qe.top - banner.height + 1);
    expect(parseFloat(page.win.getComputedStyle(page.doc.documentElement).paddingTop)).to.equal(
      Math.ceil(after.height) + Math.round(after.top) * 2,
    );
    page.doc.querySelector('aw-quick-exit')!.remove();
    await settle(page.win);
    expect(page.win.getComputedStyle(page.doc.documentElement).paddingTop).to.equal('0px');
  });

  it('the quick exit’s ⓘ shows the shortcut and the history advice, by mouse and by keyboard', async () => {
    page = await open(PAIRS['bottom banner'], ZOOM);
    const qe = page.doc.querySelector('aw-quick-exit')!;
    const about = qe.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!;
    const note = qe.shadowRoot!.querySelector('[part="note"]')!;
    expect(about.getAttribute('aria-label')).to.equal('About your browsing history');
    expect(about.getAttribute('aria-expanded')).to.equal('false');
    expect(note.getBoundingClientRect().height).to.equal(0);
    await click(page, about);
    expect(about.getAttribute('aria-expanded')).to.equal('true');
    expect(note.textContent).to.contain('does not erase your browsing history');
    expect(note.getBoundingClientRect().height).to.be.greaterThan(20);
    expectInView(page, qe.shadowRoot!.querySelector('[part="shortcut"]')!, 'the shortcut');
    // Keyboard: focus is on ⓘ after the click; Enter closes it again.
    about.focus();
    await sendKeys({ press: 'Enter' });
    await settle(page.win);
    expect(about.getAttribute('aria-expanded')).to.equal('false');
    expect(note.getBoundingClientRect().height).to.equal(0);
  });

  it('the banner’s ⓘ shows the 911 line; the links keep their whole names', async () => {
    page = await open(PAIRS['top banner'], PHONE);
    const banner = page.doc.querySelector('aw-hotline-banner')!;
    const more = banner.shadowRoot!.querySelector<HTMLButtonElement>('[part="more-button"]')!;
    const emergency = banner.shadowRoot!.querySelector('[part="emergency"]')!;
    expect(more.getAttribute('aria-label')).to.equal('In an emergency');
    expect(emergency.getBoundingClientRect().height).to.equal(0);
    await click(page, more);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expectInView(page, emergency.querySelector('a')!, 'the 911 link');
    expectNoOverlap(page);
    // Parts of the links are hidden from sight only, never from a screen reader.
    for (const link of banner.shadowRoot!.querySelectorAll('[part="phone-link"], [part="report-link"]')) {
      for (const span of link.querySelectorAll('span')) {
        expect(page.win.getComputedStyle(span).display, span.textContent!).not.to.equal('none');
        expect(page.win.getComputedStyle(span).visibility).to.equal('visible');
      }
    }
    const phone = banner.shadowRoot!.querySelector('[part="phone-link"]')!;
    expect(phone.textContent!.replace(/\s+/g, ' ')).to.contain('1-800-THE-LOST (1-800-843-5678)');
    expect(banner.shadowRoot!.querySelector('[part="report-link"]')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Report online to the CyberTipline',
    );
  });

  it('in Spanish, the ⓘ buttons are named in Spanish', async () => {
    page = await open(`<div lang="es">${PAIRS['top banner']}</div>`, ZOOM);
    const [qe, banner] = widgets(page);
    expect(qe.shadowRoot!.querySelector('[part="more-button"]')!.getAttribute('aria-label')).to.equal(
      'Sobre su historial de navegación',
    );
    expect(banner.shadowRoot!.querySelector('[part="more-button"]')!.getAttribute('aria-label')).to.equal(
      'En una emergencia',
    );
    expectNoOverlap(page);
    expectNoSidewaysScroll(page, 'es');
  });

  it('on a large screen nothing is hidden and no ⓘ shows; the quick exit sits below a top banner’s dismiss button', async () => {
    page = await open(PAIRS['top banner'], { width: 1280, height: 700 });
    for (const el of widgets(page)) {
      expect(el.shadowRoot!.querySelector('[part="more-button"]')!.getBoundingClientRect().width).to.equal(0);
    }
    const [qe, banner] = widgets(page);
    expect(qe.shadowRoot!.querySelector('[part="note"]')!.getBoundingClientRect().height).to.be.greaterThan(20);
    expect(banner.shadowRoot!.querySelector('[part="emergency"]')!.getBoundingClientRect().height).to.be.greaterThan(
      10,
    );
    expectNoOverlap(page);
  });
});

describe('every variant at every position (issue 7.3)', () => {
  for (const variant of ['bar', 'card', 'compact']) {
    for (const position of ['inline', 'top', 'bottom']) {
      for (const width of [320, 400, 480, 1024]) {
        it(`${variant} at ${position}, dismissible with a quick-exit link, at ${width}px: no sideways scroll, no overlap`, async () => {
          page = await open(
            `<aw-hotline-banner variant="${variant}" position="${position}" dismissible quick-exit></aw-hotline-banner>`,
            { width, height: 600 },
            true,
          );
          expectNoSidewaysScroll(page, `${variant} ${position}`);
          expectNoOverlap(page);
          if (position !== 'inline') {
            expectInView(
              page,
              page.doc.querySelector('aw-hotline-banner')!.shadowRoot!.querySelector('[part="phone-link"]')!,
              'the call link',
            );
          }
        });
      }
    }
  }
});
