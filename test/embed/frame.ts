/** Loads a whole host page in an iframe, as a partner's page would be, and waits for it. */

export interface Recorded {
  errors: string[];
  violations: string[];
  warnings: string[];
}

export interface HostPage {
  frame: HTMLIFrameElement;
  win: Window &
    typeof globalThis & {
      __aw: Recorded;
      AwarenessWidgets?: { version: string; tags: string[]; configure(o: object): void };
    };
  doc: Document;
  recorded: Recorded;
  remove(): void;
}

export const BUNDLE = '/dist/awareness-widgets.js';
export const RECORD = '<script src="/test/embed/pages/record.js"></script>';

/** One of each widget, as the README's snippet places them. */
export const ALL_WIDGETS = `
  <aw-quick-exit></aw-quick-exit>
  <aw-hotline-banner dismissible><a href="tel:+18008435678">Call NCMEC: 1-800-843-5678</a></aw-hotline-banner>
  <aw-warning-signs show-hotline></aw-warning-signs>
  <aw-stats-ticker></aw-stats-ticker>
  <aw-take-action></aw-take-action>
  <aw-facts expandable></aw-facts>`;

/**
 * Opens a whole host page (served by the test server with `csp` as its Content-Security-Policy
 * header) in an iframe of the given size, and waits until every widget is defined and rendered.
 */
export async function openPage(
  head: string,
  body: string,
  { width = 800, height = 600, csp = '' }: { width?: number; height?: number; csp?: string } = {},
): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  frame.src = `/__host?${new URLSearchParams({ head, body, csp })}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostPage['win'];
  await settle(win);
  return { frame, win, doc: frame.contentDocument!, recorded: win.__aw, remove: () => frame.remove() };
}

/** Waits until the page's widgets are defined and have rendered. */
export async function settle(win: Window): Promise<void> {
  const w = win as HostPage['win'];
  // Awaited, not raced against a clock: on a busy machine defining can take longer than any
  // fixed wait, and a page that never defines fails at the test's timeout.
  for (const tag of w.AwarenessWidgets?.tags ?? []) await w.customElements.whenDefined(tag);
  // A widget renders when it comes near the screen: bring each one still waiting there, as a
  // reader scrolling down would (one that takes no room, a dismissed banner say, never renders
  // and is skipped), then put this page and the test page back where they were.
  const [x, y] = [scrollX, scrollY];
  for (const el of w.document.querySelectorAll('*')) {
    const widget = el as Element & { updateComplete?: Promise<unknown>; hasUpdated?: boolean };
    if (!widget.updateComplete || !el.getClientRects().length) continue;
    if (!widget.hasUpdated) el.scrollIntoView({ block: 'nearest' });
    await widget.updateComplete;
  }
  w.scrollTo(0, 0);
  scrollTo(x, y);
  await new Promise((r) => setTimeout(r, 50));
}
