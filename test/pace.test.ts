/**
 * First renders on a long page (src/internal/pace.ts): a widget renders when it comes near the
 * screen, the quick exit and a fixed banner at once, and the ones near the screen together while
 * their script fits a frame's budget. What is checked is what a reader sees: the widget's content.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { ELEMENTS, TAGS } from '../src/registry.js';
import { define } from '../src/internal/define.js';

for (const tag of TAGS) define(tag, ELEMENTS[tag]);

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const rendered = (el: Element) => !!el.shadowRoot?.querySelector('[part="base"]');
const frame = () => new Promise((r) => requestAnimationFrame(r));

/** Counts the frames the browser draws while it runs. */
function frameCounter(): { readonly count: number; stop(): void } {
  let count = 0;
  let id = requestAnimationFrame(function tick() {
    count++;
    id = requestAnimationFrame(tick);
  });
  return {
    get count() {
      return count;
    },
    stop: () => cancelAnimationFrame(id),
  };
}

/** A page whose widgets sit below `gap` viewports of other content. */
async function below(gap: number, widgets: ReturnType<typeof html>): Promise<HTMLElement> {
  return fixture<HTMLElement>(
    html`<div>
      <div style="height: ${gap * 100}vh"></div>
      ${widgets}
    </div>`,
  );
}

/** Adds one of each widget near the screen; resolves with the frame each one was drawn in. */
async function addAll(): Promise<{ widgets: Widget[]; drawnIn: number[] }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const frames = frameCounter();
  try {
    const widgets = TAGS.map((tag) => document.createElement(tag) as Widget);
    host.append(...widgets);
    const drawnIn: number[] = [];
    await Promise.all(widgets.map((el, i) => el.updateComplete.then(() => (drawnIn[i] = frames.count))));
    return { widgets, drawnIn };
  } finally {
    frames.stop();
  }
}

describe('first renders on a long page', () => {
  afterEach(() => {
    sinon.restore();
    window.scrollTo(0, 0);
  });

  it('renders a widget far below the fold only when the reader scrolls near it, a screen ahead', async () => {
    const page = await below(4, html`<aw-facts></aw-facts>`);
    const top = document.createElement('aw-warning-signs') as Widget;
    page.prepend(top);
    const far = page.querySelector<Widget>('aw-facts')!;
    await top.updateComplete;
    await frame();
    await frame();
    expect(rendered(top), 'the widget on screen').to.be.true;
    expect(rendered(far), 'the widget four screens down').to.be.false;
    // Scrolled to half a screen above it: not on screen yet, but near.
    window.scrollTo(0, far.offsetTop - innerHeight * 1.5);
    await far.updateComplete;
    expect(rendered(far)).to.be.true;
    expect(far.getBoundingClientRect().top, 'still below the screen').to.be.above(innerHeight);
  });

  it('renders a widget that was moved near the screen before it was seen', async () => {
    const page = await below(4, html`<aw-take-action></aw-take-action>`);
    const el = page.querySelector<Widget>('aw-take-action')!;
    await frame();
    await frame();
    expect(rendered(el)).to.be.false;
    page.prepend(el);
    await el.updateComplete;
    expect(rendered(el)).to.be.true;
  });

  it('renders the quick exit and a fixed banner at once wherever they are placed, before the rest', async () => {
    const page = await below(
      4,
      html`<aw-hotline-banner position="bottom"></aw-hotline-banner><aw-hotline-banner></aw-hotline-banner
        ><aw-quick-exit></aw-quick-exit>`,
    );
    const [fixed, inline] = page.querySelectorAll<Widget>('aw-hotline-banner');
    const exit = page.querySelector<Widget>('aw-quick-exit')!;
    const top = document.createElement('aw-facts') as Widget;
    page.prepend(top);
    const order: string[] = [];
    await Promise.all(
      [top, fixed!, exit].map((el) =>
        el.updateComplete.then(() => order.push(el.getAttribute('position') ?? el.localName)),
      ),
    );
    expect(order.slice(0, 2).sort(), 'the urgent ones first').to.deep.equal(['aw-quick-exit', 'bottom']);
    expect(Math.round(fixed!.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().bottom)).to.equal(
      innerHeight,
    );
    await frame();
    expect(rendered(inline!), 'the inline banner far below').to.be.false;
  });

  it('renders the widgets near the screen in one frame when their script fits the budget', async () => {
    sinon.stub(performance, 'now').returns(1000); // every render takes no time
    const { widgets, drawnIn } = await addAll();
    expect(widgets.every(rendered), 'all rendered').to.be.true;
    // The quick exit goes at once; the other five come near the screen together.
    const together = drawnIn.filter((_, i) => TAGS[i] !== 'aw-quick-exit');
    expect(new Set(together).size, `frames: ${drawnIn.join(', ')}`).to.equal(1);
  });

  it('leaves a frame between renders that go over the budget, so no frame has two', async () => {
    let now = 0;
    sinon.stub(performance, 'now').callsFake(() => (now += 30)); // every render takes 30 ms
    // The stand-in timer for a frame that never comes (100 ms) must not stand in for a frame
    // that is only late, as frames are on a busy machine: here only frames move the batches on.
    sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { widgets, drawnIn } = await addAll();
    expect(widgets.every(rendered), 'all rendered').to.be.true;
    const byFrame = [...drawnIn].sort((a, b) => a - b);
    for (let i = 1; i < byFrame.length; i++)
      expect(byFrame[i], `frames: ${drawnIn.join(', ')}`).to.be.above(byFrame[i - 1]!);
  });

  /**
   * Adds one of each widget, every render over the budget; once they are near the screen (the
   * observer reports in a frame), no more frames come. Resolves when all have rendered.
   */
  async function withoutFrames(pageHidden: boolean): Promise<{ widgets: Widget[]; askedForFrames: boolean }> {
    let now = 0;
    sinon.stub(performance, 'now').callsFake(() => (now += 30));
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const widgets = TAGS.map((tag) => document.createElement(tag) as Widget);
    host.append(...widgets);
    await frame();
    await frame();
    const noFrames = sinon.stub(window, 'requestAnimationFrame').returns(0);
    if (pageHidden) sinon.stub(document, 'hidden').get(() => true);
    await Promise.all(widgets.map((el) => el.updateComplete));
    return { widgets, askedForFrames: noFrames.called };
  }

  it('renders every widget when the browser draws no frames (a throttled frame)', async () => {
    const { widgets, askedForFrames } = await withoutFrames(false);
    expect(widgets.every(rendered)).to.be.true;
    expect(askedForFrames, 'it asked for frames').to.be.true;
  });

  it('does not wait for frames on a hidden page', async () => {
    const { widgets, askedForFrames } = await withoutFrames(true);
    expect(widgets.every(rendered)).to.be.true;
    expect(askedForFrames, 'it asked for frames (and set their stand-in timers)').to.be.false;
  });

  it('renders every widget still waiting when the page is printed', async () => {
    const page = await below(4, html`<aw-warning-signs></aw-warning-signs><aw-stats-ticker></aw-stats-ticker>`);
    const waiting = [...page.querySelectorAll<Widget>('aw-warning-signs, aw-stats-ticker')];
    await frame();
    await frame();
    expect(waiting.map(rendered)).to.deep.equal([false, false]);
    dispatchEvent(new Event('beforeprint'));
    expect(waiting.map(rendered), 'in the same task, before the page is laid out for print').to.deep.equal([
      true,
      true,
    ]);
  });
});
