// Real React 19 and Vue 3 apps (test/apps/, bundled by esbuild during the run: test/plugins/apps.mjs)
// render the widgets, change and remove their props, handle every event and unmount, with the
// elements defined before the apps mount and after. Nothing may be thrown, nothing left behind
// (elements, window and document listeners, timers), nothing stored without the opt-in.
import { expect, waitUntil } from '@open-wc/testing';
import { navigation, showPage } from '../src/internal/exit.js';
import { EVENTS, type FrameworkApp, type Mount, type Widget } from './apps/app.js';
import { holdNavigation, part } from './helpers.js';

const TAGS = [
  'aw-hotline-banner',
  'aw-quick-exit',
  'aw-stats-ticker',
  'aw-facts',
  'aw-take-action',
  'aw-warning-signs',
];
const defineAll = () =>
  Promise.all([
    import('../src/components/hotline-banner/define.js'),
    import('../src/components/quick-exit/define.js'),
    import('../src/components/stats-ticker/define.js'),
    import('../src/components/facts/define.js'),
    import('../src/components/take-action/define.js'),
    import('../src/components/warning-signs/define.js'),
  ]);

async function loadApp(name: 'react' | 'vue'): Promise<Mount> {
  const url = `/__app/${name}.js`;
  return ((await import(url)) as { mount: Mount }).mount;
}

interface Watch {
  /** Window and document listeners added since `watch()` and still there. */
  listeners(): string[];
  /** Timers set since `watch()` that have neither run nor been cleared. */
  timers(): number;
  /** Stops recording new listeners and timers (those recorded are still followed). */
  pause(): void;
  restore(): void;
}

/** Follows the listeners the widgets add to window and document, and the timers they set. */
function watch(): Watch {
  let recording = true;
  const added: { target: EventTarget; type: string; fn: unknown; capture: boolean }[] = [];
  const pending = new Set<number>();
  const restores: (() => void)[] = [];
  const captureOf = (options?: boolean | EventListenerOptions) =>
    typeof options === 'boolean' ? options : !!options?.capture;
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    target.addEventListener = function (type: string, fn: unknown, options?: boolean | AddEventListenerOptions) {
      // A `once` listener removes itself when it runs (the quick exit's pageshow).
      if (recording && !(typeof options === 'object' && options.once)) {
        added.push({ target, type, fn, capture: captureOf(options) });
      }
      return add.call(this, type, fn as EventListener, options);
    };
    target.removeEventListener = function (type: string, fn: unknown, options?: boolean | EventListenerOptions) {
      const i = added.findIndex(
        (a) => a.target === target && a.type === type && a.fn === fn && a.capture === captureOf(options),
      );
      if (i >= 0) added.splice(i, 1);
      return remove.call(this, type, fn as EventListener, options);
    };
    restores.push(() => {
      delete (target as Partial<EventTarget>).addEventListener;
      delete (target as Partial<EventTarget>).removeEventListener;
    });
  }
  const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
  const track = (id: number) => (recording && pending.add(id), id);
  window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id: number = set(() => {
      pending.delete(id);
      if (typeof fn === 'function') fn(...args);
    }, ms);
    return track(id);
  }) as typeof window.setTimeout;
  window.setInterval = ((fn: TimerHandler, ms?: number, ...args: unknown[]) =>
    track(every(fn, ms, ...args))) as typeof window.setInterval;
  window.clearTimeout = ((id?: number) => (id !== undefined && pending.delete(id), clear(id))) as typeof clear;
  window.clearInterval = ((id?: number) => (id !== undefined && pending.delete(id), stop(id))) as typeof stop;
  restores.push(() =>
    Object.assign(window, { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop }),
  );
  return {
    listeners: () => added.map((a) => `${a.target === window ? 'window' : 'document'} ${a.type}`),
    timers: () => pending.size,
    pause: () => (recording = false),
    restore: () => restores.forEach((r) => r()),
  };
}

const widget = <T extends HTMLElement = HTMLElement>(container: Element, tag: string) =>
  container.querySelector(tag) as T & { updateComplete: Promise<boolean> };
const settle = (container: Element) =>
  Promise.all(
    TAGS.map(
      (tag) => container.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(tag)?.updateComplete,
    ),
  );
const shown = (container: Element, tag: string, selector: string) =>
  !!widget(container, tag).shadowRoot?.querySelector(selector);
const awElements = () =>
  [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('aw-')).map((e) => e.localName);
const stored = () => sessionStorage.length + localStorage.length + (document.cookie ? 1 : 0);

/** The props each framework's developers write: React 19 sets properties, Vue follows its template compiler. */
const SPELLING = {
  react: {
    banner: { dismissible: true, rememberDismiss: false, variant: 'card', quickExit: true },
    bannerAsAttributes: { dismissible: true, 'remember-dismiss': 'false', variant: 'card' },
    optIn: { dismissible: true, rememberDismiss: true },
    exit: { hideNote: false, href: 'https://example.org/weather' },
    signs: { showHotline: true, layout: 'grid' },
    ticker: { interval: 10, mode: 'rotating' },
  },
  vue: {
    banner: { dismissible: true, 'remember-dismiss': false, variant: 'card', 'quick-exit': true },
    bannerAsAttributes: { dismissible: '', 'remember-dismiss': 'false', variant: 'card' },
    optIn: { dismissible: true, 'remember-dismiss': true },
    exit: { 'hide-note': false, href: 'https://example.org/weather' },
    signs: { 'show-hotline': true, layout: 'grid' },
    ticker: { interval: 10, mode: 'rotating' },
  },
} as const;

function widgets(name: 'react' | 'vue'): Widget[] {
  const s = SPELLING[name];
  return [
    ['aw-hotline-banner', s.banner],
    ['aw-quick-exit', s.exit],
    ['aw-stats-ticker', s.ticker],
    ['aw-facts', {}],
    ['aw-take-action', {}],
    ['aw-warning-signs', s.signs],
  ];
}

describe('widgets in React 19 and Vue 3 apps', () => {
  let errors: unknown[];
  let events: { type: string; detail: unknown }[];
  let visits: string[];
  let originalGo: typeof navigation.go;
  let releaseLinks: () => void;
  interface Run {
    container: HTMLElement;
    app: FrameworkApp;
    w: Watch;
  }
  const runs: Run[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(e.reason);
  const record = (e: Event) => events.push({ type: e.type, detail: (e as CustomEvent).detail });

  beforeEach(() => {
    errors = [];
    events = [];
    visits = [];
    sessionStorage.clear();
    localStorage.clear();
    originalGo = navigation.go;
    navigation.go = (url) => visits.push(url);
    releaseLinks = holdNavigation();
    addEventListener('error', onError);
    addEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => {
    // After a failed test: its apps go, so that the next test starts clean.
    for (const { container, app, w } of runs.splice(0)) {
      app.unmount();
      w.restore();
      container.remove();
    }
    removeEventListener('error', onError);
    removeEventListener('unhandledrejection', onRejection);
    releaseLinks();
    navigation.go = originalGo;
    showPage();
    sessionStorage.clear();
  });

  /** Mounts an app in a fresh container, with the watch running from before the mount. */
  async function start(name: 'react' | 'vue', w?: Watch) {
    const mount = await loadApp(name);
    const container = document.body.appendChild(document.createElement('div'));
    // Side by side at the top of the page: a widget makes its first render near the screen.
    container.style.cssText =
      'position:absolute;inset:0 0 auto;display:grid;grid-template-columns:repeat(6,minmax(0,1fr))';
    w ??= watch();
    const app = mount(container, record);
    const run = { container, app, w };
    runs.push(run);
    return run;
  }

  /** Unmounts and checks that nothing is left: elements, listeners, timers, storage, errors. */
  async function finish(...done: Run[]) {
    for (const run of done) {
      runs.splice(runs.indexOf(run), 1);
      run.app.unmount();
      run.w.pause();
    }
    try {
      for (const { container } of done) expect(container.childElementCount).to.equal(0);
      expect(stored(), 'nothing stored').to.equal(0);
      expect(awElements()).to.deep.equal([]);
      for (const { w } of done) {
        // Once per page, for good: React DOM's selectionchange for all its roots, and the widgets'
        // beforeprint that renders those still waiting to come near the screen.
        const once = ['document selectionchange', 'window beforeprint'];
        expect(w.listeners().filter((l) => !once.includes(l))).to.deep.equal([]);
        await waitUntil(() => w.timers() === 0, `timers left: ${w.timers()}`, { timeout: 5000 });
      }
    } finally {
      for (const { container, w } of done) {
        w.restore();
        container.remove();
      }
    }
    expect(errors).to.deep.equal([]);
  }

  it('upgrades widgets both apps rendered before the elements were defined', async () => {
    expect(customElements.get('aw-hotline-banner')).to.equal(undefined);
    const react = await start('react');
    const vue = await start('vue', react.w); // one watch: two would wrap each other's timers
    // Before the elements are defined React 19 writes every prop as an attribute under the prop's own
    // name (showHotline would become the unknown attribute showhotline): attribute names, as documented.
    await react.app.render(widgets('vue'));
    await vue.app.render(widgets('vue'));
    for (const { container } of [react, vue]) expect(widget(container, 'aw-hotline-banner').shadowRoot).to.equal(null);

    await defineAll();
    for (const { container } of [react, vue]) {
      await settle(container);
      expect(shown(container, 'aw-hotline-banner', '[part="phone-link"]')).to.be.true;
      expect(shown(container, 'aw-hotline-banner', '[part="dismiss-button"]')).to.be.true;
      expect(shown(container, 'aw-quick-exit', '[part="note"]'), 'hide-note false shows the note').to.be.true;
      expect(shown(container, 'aw-warning-signs', '[part="hotline"]')).to.be.true;
      part(widget(container, 'aw-hotline-banner'), '[part="dismiss-button"]').click();
      await settle(container);
      expect(widget(container, 'aw-hotline-banner').hidden).to.be.true;
    }
    expect(events.map((e) => e.type)).to.deep.equal(['aw-dismiss', 'aw-dismiss']);
    expect(events.map((e) => e.detail)).to.deep.equal([{ remembered: false }, { remembered: false }]);
    expect(stored(), 'nothing stored without the opt-in').to.equal(0);

    await react.app.render([]);
    await vue.app.render([]);
    await finish(react, vue);
  });

  for (const name of ['react', 'vue'] as const) {
    describe(name === 'react' ? 'React 19' : 'Vue 3', () => {
      before(defineAll);

      it('renders the widgets and follows changed and removed props', async () => {
        const run = await start(name);
        const { container, app } = run;
        await app.render(widgets(name));
        await settle(container);
        const banner = widget(container, 'aw-hotline-banner');
        expect(banner.shadowRoot!.querySelector('[part="phone-link"]')!.textContent).to.contain('1-800-THE-LOST');
        expect(shown(container, 'aw-hotline-banner', '[part="quick-exit"]')).to.be.true;
        expect(shown(container, 'aw-hotline-banner', '.card')).to.be.true;
        expect(shown(container, 'aw-stats-ticker', '[part="toggle-button"]')).to.be.true;

        // Changed: off is off, whether the framework sets a property or writes "false" as an attribute.
        const off =
          name === 'react'
            ? { quickExit: false, hideNote: true, showHotline: false }
            : { 'quick-exit': false, 'hide-note': true, 'show-hotline': false };
        await app.render([
          [
            'aw-hotline-banner',
            {
              ...SPELLING[name].banner,
              variant: 'bar',
              ...(name === 'react' ? { quickExit: off.quickExit } : { 'quick-exit': false }),
            },
          ],
          [
            'aw-quick-exit',
            { ...SPELLING[name].exit, ...(name === 'react' ? { hideNote: true } : { 'hide-note': true }) },
          ],
          ['aw-stats-ticker', { mode: 'static' }],
          ['aw-warning-signs', name === 'react' ? { showHotline: false } : { 'show-hotline': false }],
        ]);
        await settle(container);
        expect(shown(container, 'aw-hotline-banner', '[part="quick-exit"]')).to.be.false;
        expect(shown(container, 'aw-hotline-banner', '.bar')).to.be.true;
        expect(shown(container, 'aw-quick-exit', '[part="note"]')).to.be.false;
        expect(shown(container, 'aw-stats-ticker', '[part="toggle-button"]')).to.be.false;
        expect(shown(container, 'aw-warning-signs', '[part="hotline"]')).to.be.false;
        expect(container.querySelector('aw-facts')).to.equal(null);

        // Attributes as an app may write them: remember-dismiss="false" stays off.
        await app.render([['aw-hotline-banner', SPELLING[name].bannerAsAttributes]]);
        await settle(container);
        part(widget(container, 'aw-hotline-banner'), '[part="dismiss-button"]').click();
        expect(events.at(-1)).to.deep.equal({ type: 'aw-dismiss', detail: { remembered: false } });
        expect(stored()).to.equal(0);

        // Removed: the defaults come back.
        await app.render([
          ['aw-hotline-banner', {}],
          ['aw-quick-exit', {}],
        ]);
        await settle(container);
        expect(widget(container, 'aw-hotline-banner').hidden).to.be.true; // dismissed for this page view
        expect(shown(container, 'aw-hotline-banner', '[part="dismiss-button"]')).to.be.false;
        expect(shown(container, 'aw-quick-exit', '[part="note"]')).to.be.true;
        expect(stored()).to.equal(0);

        await app.render([]);
        await finish(run);
      });

      it('hands every event to the app; storage only with the opt-in', async () => {
        const run = await start(name);
        const { container, app } = run;
        await app.render(widgets(name));
        await settle(container);
        const at = (tag: string, selector: string) => part(widget(container, tag), selector);

        at('aw-hotline-banner', '[part="phone-link"]').click();
        at('aw-hotline-banner', '[part="report-link"]').click();
        at('aw-stats-ticker', '[part="toggle-button"]').click();
        at('aw-stats-ticker', '[part="source-link"]').click();
        at('aw-quick-exit', '[part="button"]').click();
        expect(visits).to.deep.equal(['https://example.org/weather']);
        dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
        at('aw-hotline-banner', '[part="dismiss-button"]').click();
        expect(stored()).to.equal(0);

        // The deliberate opt-in, and only it, stores the dismissal.
        await app.render([['aw-hotline-banner', SPELLING[name].optIn]]);
        await settle(container);
        const banner = widget(container, 'aw-hotline-banner');
        banner.hidden = false;
        await banner.updateComplete;
        at('aw-hotline-banner', '[part="dismiss-button"]').click();
        expect(sessionStorage.length).to.equal(1);

        expect(events.map((e) => e.type)).to.deep.equal([
          'aw-call',
          'aw-report',
          'aw-toggle',
          'aw-link',
          'aw-exit',
          'aw-dismiss',
          'aw-dismiss',
        ]);
        expect(new Set(events.map((e) => e.type))).to.deep.equal(new Set(EVENTS));
        expect(events[0].detail).to.include({ number: '1-800-843-5678' });
        expect(events[2].detail).to.deep.equal({ playing: false });
        expect(events[4].detail).to.deep.equal({ url: 'https://example.org/weather', trigger: 'button' });
        expect(events.slice(5).map((e) => e.detail)).to.deep.equal([{ remembered: false }, { remembered: true }]);

        sessionStorage.clear();
        await app.render([]);
        await finish(run);
      });

      it('unmounts with the widgets still on the page, leaving nothing behind', async () => {
        const run = await start(name);
        await run.app.render(widgets(name));
        await settle(run.container);
        await finish(run);
      });
    });
  }
});
