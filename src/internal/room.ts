/**
 * Room on the page for the fixed widgets. A fixed widget would cover the top or bottom of the
 * host page; each one claims its side here, and one constructed style sheet (allowed by any CSP)
 * pads the page's root and its scroll padding by the sum of the claims on each side, kept in step
 * with the widgets' sizes. It also publishes each widget's size on the root, for the other widget
 * and the host page to offset their own fixed boxes by:
 * `--aw-<name>-<side>` (the room it takes), `--aw-<name>-block-size` and `--aw-<name>-inline-size`.
 * The room never goes below what the page reserves in `--aw-room-top` / `--aw-room-bottom` (the
 * README's reserve CSS pads the page by it before the script runs, so making room moves nothing),
 * and wins over the page's own padding (`!important`) so that the reserve can be scoped with `:has()`.
 * Printing drops the padding (the fixed widgets are not printed).
 */

type Side = 'top' | 'bottom';

const claims = new Map<HTMLElement, { name: string; side: Side }>();
let sheet: CSSStyleSheet | undefined;
let observer: ResizeObserver | undefined;

/** Claims room at `side` for `box`, the fixed box of the widget called `name` (e.g. "quick-exit"). */
export function claimRoom(box: HTMLElement, name: string, side: Side): void {
  if (claims.get(box)?.side === side || !('adoptedStyleSheets' in Document.prototype)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    observer = new ResizeObserver(sizeRoom);
    adopt([...document.adoptedStyleSheets, sheet]);
  }
  observer!.observe(box);
  claims.set(box, { name, side });
  sizeRoom();
}

/** Gives back the room claimed for `box` (the widget was removed, dismissed or made inline). */
export function releaseRoom(box: HTMLElement | null | undefined): void {
  if (!box || !claims.delete(box)) return;
  observer!.unobserve(box);
  if (claims.size) return sizeRoom();
  observer!.disconnect();
  adopt(document.adoptedStyleSheets.filter((s) => s !== sheet));
  sheet = observer = undefined;
}

/** A page that has made its sheets unwritable: the widgets still show, they only cannot make room. */
function adopt(sheets: CSSStyleSheet[]): void {
  try {
    document.adoptedStyleSheets = sheets;
  } catch {
    // Nothing to undo.
  }
}

function sizeRoom(): void {
  const room = { top: 0, bottom: 0 };
  let css = '';
  for (const [box, { name, side }] of claims) {
    const { width, height } = box.getBoundingClientRect();
    const style = getComputedStyle(box);
    const size = Math.ceil(height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    room[side] += size;
    css += `--aw-${name}-${side}:${size}px;--aw-${name}-block-size:${Math.ceil(height)}px;--aw-${name}-inline-size:${Math.ceil(width)}px;`;
  }
  for (const side of ['top', 'bottom'] as const) {
    const px = room[side];
    if (px) css += `padding-${side}:max(var(--aw-room-${side},0px),${px}px)!important;scroll-padding-${side}:${px}px;`;
  }
  sheet?.replaceSync(`html{${css}}@media print{html{padding:0!important}}`);
}
