/**
 * dist/frame-resize.js: for hosts that run a script, sizes each `<iframe>` showing our frame page
 * (a `src` ending in `frame.html`) to the height the page reports. A message counts only when it
 * comes from that iframe's own window and origin and has exactly the expected shape; everything
 * else is ignored. Load it once on the host page, anywhere:
 *
 *   <script src="https://cdn.jsdelivr.net/npm/awareness-widgets@X.Y.Z/dist/frame-resize.js" defer></script>
 */
import { FRAME_MEASURE, FRAME_MESSAGE } from './protocol.js';

/** A frame sandboxed without `allow-same-origin` runs on an opaque origin, which messages call "null". */
function opaque(frame: HTMLIFrameElement): boolean {
  return frame.hasAttribute('sandbox') && !frame.sandbox.contains('allow-same-origin');
}

/** Our frames: an iframe whose address's path ends in frame.html. */
function ours(frame: HTMLIFrameElement): URL | undefined {
  try {
    const url = new URL(frame.src, location.href);
    return /\/frame\.html$/.test(url.pathname) ? url : undefined;
  } catch {
    return undefined;
  }
}

function frames(): HTMLIFrameElement[] {
  return [...document.getElementsByTagName('iframe')].filter((f) => ours(f));
}

addEventListener('message', (event: MessageEvent) => {
  const data: unknown = event.data;
  if (!data || typeof data !== 'object' || Object.keys(data).length !== 2) return;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== FRAME_MESSAGE || typeof height !== 'number' || !(height > 0 && height <= 20000)) return;
  for (const frame of frames()) {
    if (frame.contentWindow === event.source && (opaque(frame) ? 'null' : ours(frame)?.origin) === event.origin) {
      frame.style.height = `${Math.ceil(height)}px`;
      return;
    }
  }
});

/** Asks each of our frames for its height: it may have reported before this script ran. */
function ask(frame: HTMLIFrameElement): void {
  const url = ours(frame);
  if (url) frame.contentWindow?.postMessage({ type: FRAME_MEASURE }, opaque(frame) ? '*' : url.origin);
}

frames().forEach(ask);
addEventListener('load', (event) => event.target instanceof HTMLIFrameElement && ask(event.target), true);
