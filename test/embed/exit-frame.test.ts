/**
 * The quick exit inside a frame on another origin (issue 9.3): with no sandbox or with
 * allow-top-navigation it leaves with the whole tab; in Google Sites' and Canvas's sandbox (no top
 * navigation) it opens the neutral site in a new tab and hides the frame's content. Framed, it
 * says so beforehand.
 */
import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { NEUTRAL_URL } from '../../src/internal/exit.js';

/** Another origin for the same test server: localhost and 127.0.0.1 are different origins. */
const OTHER = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;

/** Google Sites' embed frame, and Canvas's sandbox for embeds: no top navigation. */
const GOOGLE_SITES_CANVAS =
  'allow-same-origin allow-forms allow-scripts allow-popups allow-downloads allow-modals allow-popups-to-escape-sandbox';

interface Report {
  ready?: boolean;
  note?: string;
  top?: string;
  opened?: string;
  done?: boolean;
  hidden?: boolean;
  alert?: string;
  at?: [number, number];
}

async function exitInFrame(sandbox: string | null): Promise<Report> {
  const runner = location.href.split('#')[0]!;
  const body =
    '<aw-quick-exit></aw-quick-exit><script type="module" src="/test/embed/pages/exit-frame-page.ts"></script>';
  const frame = document.createElement('iframe');
  if (sandbox !== null) frame.setAttribute('sandbox', sandbox);
  frame.width = '480';
  frame.height = '300';
  const seen: Report = {};
  let resolveReady!: () => void;
  let resolveDone!: () => void;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const done = new Promise<void>((r) => (resolveDone = r));
  const listen = (e: MessageEvent) => {
    if (e.source !== frame.contentWindow || !e.data?.awExitFrame) return;
    Object.assign(seen, e.data);
    if (e.data.ready) resolveReady();
    if (e.data.done) resolveDone();
  };
  addEventListener('message', listen);
  frame.src = `${OTHER}/__host?${new URLSearchParams({ body })}&runner=${encodeURIComponent(runner)}`;
  document.body.append(frame);
  try {
    await ready;
    const offset = frame.getBoundingClientRect();
    const [x, y] = seen.at!;
    await sendMouse({ type: 'move', position: [Math.round(offset.left + x), Math.round(offset.top + y)] });
    await sendMouse({ type: 'click', position: [Math.round(offset.left + x), Math.round(offset.top + y)] });
    await done;
    // A navigation of this page to a fragment of its own address: give it a moment to land.
    await new Promise((r) => setTimeout(r, 100));
    return seen;
  } finally {
    removeEventListener('message', listen);
    frame.remove();
  }
}

describe('quick exit inside a frame on another origin', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.href.split('#')[0]);
    await resetMouse();
  });

  for (const [name, sandbox] of [
    ['no sandbox', null],
    ['allow-top-navigation', 'allow-scripts allow-same-origin allow-top-navigation'],
  ] as const) {
    it(`leaves with the whole tab (${name})`, async () => {
      const seen = await exitInFrame(sandbox);
      expect(seen.note, 'says so beforehand').to.contain('new tab');
      expect(seen.top).to.equal(NEUTRAL_URL);
      expect(location.hash, 'the top window was navigated').to.equal('#aw-exit-test');
      expect(seen.opened).to.equal(undefined);
      expect(seen.alert).to.equal('Leaving this page');
    });
  }

  it("opens a new tab and hides the frame in Google Sites' and Canvas's sandbox", async () => {
    const seen = await exitInFrame(GOOGLE_SITES_CANVAS);
    expect(seen.note, 'says so beforehand').to.contain('new tab');
    expect(seen.top, 'no navigation of the top window').to.equal(undefined);
    expect(location.hash).to.equal('');
    expect(seen.opened).to.equal(NEUTRAL_URL);
    expect(seen.hidden, "the frame's content is hidden").to.be.true;
    expect(seen.alert).to.equal('Leaving this page');
  });
});
