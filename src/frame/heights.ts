/**
 * Tested iframe heights for the frame page (dist/frame.html), for hosts that cannot run a script
 * to resize an iframe (Canvas, SharePoint, Google Sites). Written by `npm run heights`
 * (scripts/measure-heights.mjs): the tallest of Chromium, Firefox and WebKit, English and Spanish,
 * with every disclosure open, plus 10% for the reader's own fonts; test/frame/heights.test.ts
 * fails when a widget no longer fits. Published as `awareness-widgets/frame-heights.js`.
 */
import { FRAME_CASES, FRAME_WIDTHS, type FrameCase } from './frame-cases.js';

export { FRAME_CASES, FRAME_WIDTHS, type FrameCase };

// heights:start (written by npm run heights, measured in Chrome, Firefox, MiniBrowser)
/** Heights in CSS px, one per `FRAME_WIDTHS` entry, in the order of `FRAME_CASES`. */
export const FRAME_HEIGHTS: readonly (readonly number[])[] = [
  [840, 600, 440, 410],
  [860, 620, 510, 510],
  [370, 300, 240, 240],
  [2050, 1260, 1070, 940],
  [2270, 1480, 1260, 980],
  [2520, 1600, 1330, 1170],
  [2740, 1820, 1520, 1220],
  [400, 330, 270, 270],
  [1050, 820, 800, 720],
  [1980, 1260, 1080, 1030],
  [2280, 1460, 1420, 1170],
  [1520, 940, 810, 680],
  [1220, 800, 610, 530],
  [350, 300, 300, 300],
];

/** Extra height of the small "Exit this page" link (`quick-exit` on another widget). */
export const QUICK_EXIT_EXTRA = 60;
// heights:end

/**
 * The tested height, in CSS px, of an iframe `width` px wide showing `widget` with `attributes`
 * (as in the frame page's query string). Between two measured widths it takes the narrower one's
 * (taller) height; for a setup not measured, the tallest of the widget's. Undefined for an
 * unknown widget.
 */
export function frameHeight(
  widget: string,
  attributes: Readonly<Record<string, string>> = {},
  width: number = FRAME_WIDTHS[0],
): number | undefined {
  const name = widget.replace(/^aw-/, '');
  const cases = FRAME_CASES.map((c, i) => ({ c, h: FRAME_HEIGHTS[i]! })).filter(({ c }) => c.widget === name);
  if (!cases.length) return undefined;
  let column = 0;
  FRAME_WIDTHS.forEach((w, i) => {
    if (width >= w) column = i;
  });
  const relevant = new Set(cases.flatMap(({ c }) => Object.keys(c.attributes)));
  const wanted = (c: FrameCase): boolean =>
    [...relevant].every((key) => {
      const given = attributes[key];
      const on = given !== undefined && given !== 'false';
      if (key in c.attributes) return c.attributes[key] === '' ? on : (given ?? defaults(c, key)) === c.attributes[key];
      return !on;
    });
  const match = cases.find(({ c }) => wanted(c));
  const base = match ? match.h[column]! : Math.max(...cases.map(({ h }) => h[column]!));
  const exit = name !== 'quick-exit' && attributes['quick-exit'] !== undefined && attributes['quick-exit'] !== 'false';
  return base + (exit ? QUICK_EXIT_EXTRA : 0);
}

/** A layout attribute's default is the value of the widget's first measured setup. */
function defaults(c: FrameCase, key: string): string | undefined {
  return FRAME_CASES.find((x) => x.widget === c.widget && key in x.attributes)?.attributes[key];
}
