/**
 * The embed builder (dist/builder.html, issue 10), as built: its options come from the manifest,
 * each snippet it writes renders the chosen widget with exactly the chosen options when pasted
 * into a blank page, its integrity is the bundle's SHA-384, and a person can use it.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { RECORD, openPage, type HostPage } from './embed/frame.js';

const BUILDER = '/dist/builder.html';
const CDN = /https:\/\/cdn\.jsdelivr\.net\/npm\/awareness-widgets@[\d.]+\/dist\//g;

interface Builder {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  warnings: string[];
}

const until = async (what: string, ok: () => boolean, ms = 5000): Promise<void> => {
  const end = performance.now() + ms;
  while (!ok()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

async function openBuilder(query = '', { width = 1024, height = 900 } = {}): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.src = `${BUILDER}${query}`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Builder['win'];
  const warnings: string[] = [];
  const doc = frame.contentDocument!;
  await until('the builder to start', () => doc.querySelectorAll('#widget option').length > 0);
  return { frame, win, doc, warnings };
}

const snippetOf = (b: Builder): string => b.doc.querySelector<HTMLTextAreaElement>('#snippet')!.value;
const previewEl = (b: Builder): Element | null | undefined =>
  b.doc.querySelector<HTMLIFrameElement>('#preview')!.contentDocument?.body?.firstElementChild;

interface ManifestAttr {
  name: string;
  description?: string;
  type?: { text?: string };
}
interface ManifestWidget {
  tagName: string;
  attributes?: ManifestAttr[];
}

async function manifestWidgets(): Promise<ManifestWidget[]> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: ManifestWidget[] }[];
  };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName?.startsWith('aw-'));
}

/** A value other than the default for each attribute, as a partner might choose. */
function chosenValue(a: ManifestAttr): string {
  if (a.type?.text?.includes('boolean')) return '';
  const values = [...(a.description ?? '').matchAll(/`([a-z0-9-]+)`/g)].map((m) => m[1]);
  if (values.length >= 2) return values[values.length - 1];
  const range = /(\d+) to (\d+)/.exec(a.description ?? '');
  if (range) return range[2];
  return 'https://example.org/';
}

async function sha384(url: string): Promise<string> {
  const bytes = await (await fetch(url)).arrayBuffer();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

describe('embed builder (dist/builder.html)', () => {
  let builder: Builder | undefined;
  let page: HostPage | undefined;
  afterEach(() => {
    builder?.frame.remove();
    page?.remove();
    builder = page = undefined;
  });

  it('offers every widget and every attribute of custom-elements.json, each control labelled', async () => {
    builder = await openBuilder();
    const widgets = await manifestWidgets();
    const offered = [...builder.doc.querySelectorAll<HTMLOptionElement>('#widget option')].map((o) => o.value);
    expect(offered.sort()).to.deep.equal(widgets.map((w) => w.tagName.slice(3)).sort());
    for (const widget of widgets) {
      const select = builder.doc.querySelector<HTMLSelectElement>('#widget')!;
      select.value = widget.tagName.slice(3);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      for (const a of widget.attributes ?? []) {
        if (a.name === 'theme') continue; // the page-wide theme control sets it
        const control = builder.doc.getElementById(`opt-${a.name}`);
        expect(Boolean(control), `${widget.tagName} ${a.name}`).to.be.true;
        expect(builder.doc.querySelector(`label[for="opt-${a.name}"]`)?.textContent, a.name).to.match(/\w/);
      }
    }
  });

  it('writes the bundle’s SHA-384 as the integrity of the exact-version CDN script', async () => {
    builder = await openBuilder();
    const snippet = snippetOf(builder);
    expect(snippet).to.match(
      /src="https:\/\/cdn\.jsdelivr\.net\/npm\/awareness-widgets@\d+\.\d+\.\d+\/dist\/awareness-widgets\.js"/,
    );
    expect(snippet).to.contain(`integrity="${await sha384('/dist/awareness-widgets.js')}"`);
    expect(snippet).to.contain('crossorigin="anonymous"');
  });

  describe('round trip: each snippet pasted into a blank page renders the widget with exactly the chosen options', () => {
    for (const kind of ['script', 'embed', 'module', 'iframe', 'card']) {
      it(`${kind} snippet, every widget`, async function () {
        this.timeout(60000);
        for (const widget of await manifestWidgets()) {
          const name = widget.tagName.slice(3);
          const attrs = (widget.attributes ?? [])
            .filter((a) => a.name !== 'theme')
            .map((a) => [a.name, chosenValue(a)]);
          const expected = Object.fromEntries([...attrs, ['lang', 'es'], ['theme', 'dark']]);
          const query = new URLSearchParams([
            ['widget', name],
            ...attrs,
            ['lang', 'es'],
            ['theme', 'dark'],
            ['snippet', kind],
          ]);
          if (kind === 'script' || kind === 'module') query.set('accent', '#9ccaff');
          builder = await openBuilder(`?${query}`);
          const snippet = snippetOf(builder);
          builder.frame.remove();
          expect(snippet, `${name} ${kind}`).not.to.equal('');
          // The CDN serves this very file; the integrity in the snippet must still match it.
          const body = snippet.replace(CDN, '/dist/');
          let head = RECORD;
          if (kind === 'module') {
            head += `<script type="importmap">${JSON.stringify({
              imports: { [`awareness-widgets/${name}.js`]: `/dist/esm/components/${name}/define.js` },
            })}</script>`;
          }
          page = await openPage(head, body);
          let host = page;
          if (kind === 'iframe') {
            // The frame page inside the blank page: the widget is in the iframe's document.
            const frame = page.doc.querySelector('iframe')!;
            expect(frame.getAttribute('src'), name).to.match(/^\/dist\/frame\.html\?widget=/);
            expect(Number(frame.getAttribute('height')), `${name}: a tested height`).to.be.greaterThan(100);
            await until(`${name} frame`, () => frame.contentDocument?.readyState === 'complete');
            const win = frame.contentWindow as HostPage['win'];
            host = {
              ...page,
              win,
              doc: frame.contentDocument!,
              recorded: { errors: [], violations: [], warnings: [] },
            };
          }
          if (kind === 'card') {
            // Booleans, not elements: chai would walk another window's element to print it.
            expect(Boolean(page.doc.body.querySelector('script, [style]')), 'a card has no script, no style').to.be
              .false;
            expect(page.doc.body.textContent).to.contain('1-800-843-5678');
            expect(page.doc.body.querySelector('[lang]')?.getAttribute('lang')).to.equal('es');
            expect(Boolean(page.doc.querySelector('a[href="tel:+18008435678"]'))).to.be.true;
            const heading = page.doc.body.querySelector('h1, h2, h3, h4, h5, h6')?.localName;
            expect(heading, `${name}: the chosen heading level`).to.equal(`h${expected['heading-level'] ?? 2}`);
          } else {
            await until(`<${widget.tagName}> to be defined`, () =>
              Boolean(host.win.customElements.get(widget.tagName)),
            );
            const el = host.doc.querySelector(widget.tagName)!;
            expect(Boolean(el), `${name} ${kind}`).to.be.true;
            await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
            const got = Object.fromEntries(
              el
                .getAttributeNames()
                .filter((n) => n !== 'style')
                .map((n) => [n, el.getAttribute(n)]),
            );
            if (kind === 'iframe') {
              // The frame page sets the language on its own <html>, for the whole frame.
              expect(host.doc.documentElement.lang).to.equal('es');
              got.lang = host.doc.documentElement.lang;
            }
            expect(got, `${name} ${kind}`).to.deep.equal(expected);
            const base = el.shadowRoot!.querySelector('[part="base"]')!;
            expect(base.getAttribute('lang'), `${name} speaks Spanish`).to.equal('es');
            if (kind === 'script' || kind === 'module')
              expect(host.win.getComputedStyle(el).getPropertyValue('--aw-color-accent').trim()).to.equal('#9ccaff');
            expect(page.recorded.errors, `${name} ${kind}`).to.deep.equal([]);
          }
          page.remove();
          page = undefined;
        }
      });
    }
  });

  it('refuses a colour or an address that could break out of the snippet, and says why', async () => {
    builder = await openBuilder(
      `?${new URLSearchParams({ accent: 'red; background:url(x)', host: 'self', path: '/js/"><script>' })}`,
    );
    const doc = builder.doc;
    expect(snippetOf(builder)).to.equal('');
    expect(doc.querySelector<HTMLButtonElement>('#copy')!.disabled).to.be.true;
    expect(doc.getElementById('accent')!.getAttribute('aria-invalid')).to.equal('true');
    expect(doc.getElementById('accent-message')!.textContent).to.match(/hexadecimal/);
    expect(doc.getElementById('path-message')!.textContent).to.match(/no quotes/);
    const path = doc.querySelector<HTMLInputElement>('#path')!;
    for (const bad of ['javascript:alert(1)', "/js/'onload='x", 'http://example.org/js/']) {
      path.value = bad;
      path.dispatchEvent(new Event('input', { bubbles: true }));
      expect(snippetOf(builder), bad).to.equal('');
      expect(doc.getElementById('path-message')!.textContent, bad).to.match(/not allowed|no quotes/);
    }
    expect(snippetOf(builder), 'still refused: the colour is bad').to.equal('');
    const accent = doc.querySelector<HTMLInputElement>('#accent')!;
    accent.value = '#0b5cad';
    accent.dispatchEvent(new Event('input', { bubbles: true }));
    path.value = 'https://school.example.org/js/';
    path.dispatchEvent(new Event('input', { bubbles: true }));
    expect(snippetOf(builder)).to.contain('src="https://school.example.org/js/awareness-widgets.js"');
    expect(snippetOf(builder), 'no integrity for a copy we cannot see').not.to.contain('integrity');
    expect(doc.getElementById('path-message')!.hidden).to.be.true;
  });

  it('is used as a person would: choose, see the preview change, fix a colour, copy', async () => {
    builder = await openBuilder();
    const { doc, win } = builder;
    await until('the preview', () => previewEl(builder!)?.localName === 'aw-hotline-banner');

    // Choose the warning signs from the list.
    const select = doc.querySelector<HTMLSelectElement>('#widget')!;
    select.focus();
    select.value = 'warning-signs';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await until('the preview to change', () => previewEl(builder!)?.localName === 'aw-warning-signs');

    // Tick "Show hotline" with the keyboard.
    doc.getElementById('opt-show-hotline')!.focus();
    await sendKeys({ press: ' ' });
    await until('show-hotline in the preview', () => previewEl(builder!)?.hasAttribute('show-hotline') === true);
    expect(snippetOf(builder)).to.contain('<aw-warning-signs show-hotline>');

    // Type a brand colour too light for the light theme; take the suggested one.
    doc.getElementById('theme')!.focus();
    const theme = doc.querySelector<HTMLSelectElement>('#theme')!;
    theme.value = 'light';
    theme.dispatchEvent(new Event('change', { bubbles: true }));
    doc.getElementById('accent')!.focus();
    await sendKeys({ type: '#66aaff' });
    await until('a contrast warning', () => Boolean(doc.querySelector('#contrast button[data-use]')));
    expect(doc.getElementById('contrast')!.textContent).to.match(/below the 4\.5:1/);
    const use = doc.querySelector<HTMLButtonElement>('#contrast button[data-use]')!;
    const suggested = /#[0-9a-f]{6}/.exec(use.textContent!)![0];
    use.focus();
    await sendKeys({ press: 'Enter' });
    await until('the suggested colour', () => doc.querySelector<HTMLInputElement>('#accent')!.value === suggested);
    expect(Boolean(doc.querySelector('#contrast button[data-use]'))).to.be.false;
    expect(doc.getElementById('contrast')!.textContent).to.match(/pass/);
    expect((previewEl(builder) as HTMLElement).style.getPropertyValue('--aw-color-accent')).to.equal(suggested);
    expect(snippetOf(builder)).to.contain(`--aw-color-accent:${suggested}`);

    // Pick a platform: its recommended snippet and steps.
    const platform = doc.querySelector<HTMLSelectElement>('#platform')!;
    platform.value = 'blogger';
    platform.dispatchEvent(new Event('change', { bubbles: true }));
    expect(doc.querySelector<HTMLInputElement>('#kind-embed')!.checked).to.be.true;
    expect(snippetOf(builder)).to.contain('data-embed="warning-signs" data-show-hotline=""');
    expect(doc.getElementById('steps')!.textContent).to.contain('HTML/JavaScript');

    // The address keeps the choices: a fresh builder from it writes the same snippet.
    const snippet = snippetOf(builder);
    expect(win.location.search).to.contain('widget=warning-signs');
    const again = await openBuilder(win.location.search);
    expect(snippetOf(again)).to.equal(snippet);
    again.frame.remove();

    // Copy: the status (a live region) says what happened.
    doc.getElementById('copy')!.focus();
    await sendKeys({ press: 'Enter' });
    const status = doc.getElementById('status')!;
    expect(status.getAttribute('role')).to.equal('status');
    await until('the copy status', () => status.textContent !== '');
    if (/^Copied/.test(status.textContent!)) {
      // Reading the clipboard back needs a permission only Chromium's test browser grants
      // without asking; elsewhere the status is what a person gets.
      if (navigator.userAgent.includes('Chrome/')) {
        const read = await win.navigator.clipboard.readText().catch(() => undefined);
        if (read !== undefined) expect(read).to.equal(snippet);
      }
    } else {
      // The browser refused the clipboard: the snippet is selected for Ctrl+C.
      expect(status.textContent).to.match(/selected/);
      const area = doc.querySelector<HTMLTextAreaElement>('#snippet')!;
      expect(area.value.slice(area.selectionStart, area.selectionEnd)).to.equal(snippet);
    }
  });

  it('shows a fixed banner on a phone-sized preview', async () => {
    builder = await openBuilder('?widget=hotline-banner&position=bottom');
    const preview = builder.doc.querySelector<HTMLIFrameElement>('#preview')!;
    expect(preview.style.width).to.equal('375px');
    expect(preview.style.height).to.equal('667px');
    expect(builder.doc.getElementById('preview-size')!.textContent).to.contain('phone');
  });

  async function axe(b: Builder): Promise<string[]> {
    const script = b.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((r) => script.addEventListener('load', r, { once: true }));
    b.doc.head.append(script);
    await loaded;
    const result = await (
      b.win as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: { id: string }[] }> } }
    ).axe.run(b.doc, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      iframes: false,
    });
    return result.violations.map((v) => v.id);
  }

  it('is accessible (axe, WCAG 2.2 AA) at 320 px, with a warning and a refused value on show', async () => {
    builder = await openBuilder('?accent=%23ffff00&background=nope', { width: 320, height: 256 });
    const wide = [...builder.doc.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > 320)
      .map((e) => `${e.localName}#${e.id}.${e.className}`);
    expect(wide, 'no sideways scrolling at 320 px').to.deep.equal([]);
    const root = builder.doc.documentElement;
    expect(
      root.scrollWidth,
      `scroll width (client ${root.clientWidth}, inner ${builder.win.innerWidth})`,
    ).to.be.at.most(320);
    expect(await axe(builder)).to.deep.equal([]);
  });

  it('is accessible in the dark colour scheme (emulated where the driver can)', async function () {
    // Only Chromium's driver emulates prefers-color-scheme here (see stats-ticker.test.ts);
    // the light test above runs in every browser.
    if (!navigator.userAgent.includes('Chrome/')) this.skip();
    await emulateMedia({ colorScheme: 'dark' });
    try {
      builder = await openBuilder('?accent=%23ffff00');
      expect(builder.win.matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
      expect(await axe(builder)).to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('requests only its own files and stores nothing', async () => {
    builder = await openBuilder('?widget=facts&accent=%230b5cad');
    await until('the preview', () => previewEl(builder!)?.localName === 'aw-facts');
    const own = builder.win.performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);
    expect(new Set(own)).to.deep.equal(new Set([location.origin]));
    expect(builder.win.localStorage.length).to.equal(0);
    expect(builder.win.sessionStorage.length).to.equal(0);
    expect(builder.doc.cookie).to.equal('');
  });
});
