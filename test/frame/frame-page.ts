/** Opens dist/frame.html in an iframe, as a host page embeds it, and waits until it has settled. */

export const FRAME_PAGE = '/dist/frame.html';

export interface FramePage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** The widget the page placed, if it placed one. */
  widget: (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  remove(): void;
}

const nextFrame = (win: Window): Promise<void> =>
  new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(() => resolve())));

/** Waits until `check` holds, polling each frame, for at most `ms` (then fails with `what`). */
export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}

export async function openFrame(
  query: string | Record<string, string>,
  {
    width = 480,
    height = 300,
    sandbox,
    src = FRAME_PAGE,
  }: { width?: number; height?: number; sandbox?: string; src?: string } = {},
): Promise<FramePage> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.style.border = '0';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `${src}?${typeof query === 'string' ? query : new URLSearchParams(query)}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page: FramePage = {
    frame,
    win: frame.contentWindow as FramePage['win'],
    doc: frame.contentDocument!,
    widget: null,
    remove: () => frame.remove(),
  };
  if (sandbox !== undefined && !sandbox.split(/\s+/).includes('allow-same-origin')) return page;
  const { doc, win } = page;
  await until(
    () => Boolean(doc.getElementById('problem') || doc.querySelector('main > [id="fallback"]') === null),
    'the frame script',
  );
  page.widget = doc.querySelector('main > :not(#fallback)');
  if (page.widget) {
    const tag = page.widget.localName;
    await until(() => Boolean(win.customElements.get(tag)), `${tag} to be defined`);
    await until(() => Boolean(page.widget!.shadowRoot?.querySelector('[part="base"]')), `${tag} to render`);
    await page.widget.updateComplete;
  }
  await nextFrame(win);
  return page;
}

/** Opens every disclosure in the widget (so its tallest state is measured), and waits a frame. */
export async function openAll(page: FramePage): Promise<void> {
  for (const d of page.widget?.shadowRoot?.querySelectorAll('details') ?? []) d.open = true;
  await nextFrame(page.win);
}

/** The frame page's content height at the iframe's current width. */
export async function contentHeight(page: FramePage, width: number): Promise<number> {
  page.frame.width = String(width);
  await nextFrame(page.win);
  await nextFrame(page.win);
  return Math.ceil(page.doc.documentElement.getBoundingClientRect().height);
}
