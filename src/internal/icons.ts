import { html, type TemplateResult } from 'lit';

/**
 * Inline SVG icons, drawn as simple strokes on a 24-unit grid: no raster images, nothing
 * sensational. Every icon is decorative (`aria-hidden`); the text next to it carries the meaning.
 * Each icon is the path data of one `<path>`, so that one template draws them all: a rectangle or
 * a circle is written with `box` or `ring` (the shapes `<rect rx="2">` and `<circle>` draw).
 */

/** A rectangle with corners rounded to a radius of 2, as `<rect x y width height rx="2">` draws it. */
const box = (x: number, y: number, width: number, height: number) =>
  `M${x + 2} ${y}h${width - 4}a2 2 0 0 1 2 2v${height - 4}a2 2 0 0 1-2 2h${4 - width}a2 2 0 0 1-2-2v${4 - height}a2 2 0 0 1 2-2z`;

/** A circle, as `<circle cx cy r>` draws it: two half circles. */
const ring = (cx: number, cy: number, r: number) =>
  `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0z`;

const paths = {
  phone: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2',
  report: 'M4 4h16v12H8l-4 4zM12 8v3m0 3h.01',
  close: 'M6 6l12 12M18 6L6 18',
  cash: box(2, 6, 20, 12) + ring(12, 12, 2.5) + 'M6 10v4m12-4v4',
  id: box(3, 5, 18, 14) + ring(9, 11, 2) + 'M6 16a3 3 0 0 1 6 0m3-6h3m-3 4h3',
  speech: 'M4 5h11v8H8l-4 3zM15 9h5v8l-3-2h-5v-2',
  mark: 'M12 3v18M16 7.5c0-1.5-1.8-2.5-4-2.5s-4 1-4 3 2 2.6 4 3 4 1 4 3-1.8 3-4 3-4-1-4-2.5',
  suitcase: box(3, 7, 18, 13) + 'M9 7V4h6v3M3 12h18',
  play: 'M7 5l12 7-12 7z',
  pause: 'M8 5v14m8-14v14',
  previous: 'M15 5l-7 7 7 7',
  next: 'M9 5l7 7-7 7',
  exit: 'M14 4h5v16h-5M10 8l-4 4 4 4m-4-4h10',
  heart: 'M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z',
  people: ring(9, 8, 3) + 'M3 20a6 6 0 0 1 12 0' + ring(17, 9, 2.5) + 'M16 14a5 5 0 0 1 5 5',
  news: box(3, 4, 18, 16) + 'M7 8h10M7 12h10M7 16h6',
  share: ring(6, 12, 2.5) + ring(18, 6, 2.5) + ring(18, 18, 2.5) + 'M8.2 10.8l7.6-3.6M8.2 13.2l7.6 3.6',
  info: ring(12, 12, 9) + 'M12 11v5m0-8h.01',
};

export type IconName = keyof typeof paths;

/** A decorative icon, sized by the widget's CSS (1.25em of its text, `controls.styles.ts`). */
export function icon(name: IconName): TemplateResult {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true">
    <path d=${paths[name]}></path>
  </svg>`;
}
