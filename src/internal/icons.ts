import { svg, html, type SVGTemplateResult, type TemplateResult } from 'lit';

/**
 * Inline SVG icons, drawn as simple strokes on a 24-unit grid: no raster images, nothing
 * sensational. Every icon is decorative (`aria-hidden`); the text next to it carries the meaning.
 * Elements are closed with end tags, not `/>`: the build's HTML minifier drops the slash in `svg`
 * fragments (it keeps it only inside an `<svg>` tag), which would nest every shape in the first.
 */
const paths = {
  phone: svg`<path d="M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2"></path>`,
  report: svg`<path d="M4 4h16v12H8l-4 4z"></path><path d="M12 8v3M12 14h.01"></path>`,
  close: svg`<path d="M6 6l12 12M18 6L6 18"></path>`,
  cash: svg`<rect x="2" y="6" width="20" height="12" rx="2"></rect><circle cx="12" cy="12" r="2.5"></circle><path d="M6 10v4M18 10v4"></path>`,
  id: svg`<rect x="3" y="5" width="18" height="14" rx="2"></rect><circle cx="9" cy="11" r="2"></circle><path d="M6 16a3 3 0 0 1 6 0M15 10h3M15 14h3"></path>`,
  speech: svg`<path d="M4 5h11v8H8l-4 3z"></path><path d="M15 9h5v8l-3-2h-5v-2"></path>`,
  mark: svg`<path d="M12 3v18M16 7.5c0-1.5-1.8-2.5-4-2.5s-4 1-4 3 2 2.6 4 3 4 1 4 3-1.8 3-4 3-4-1-4-2.5"></path>`,
  suitcase: svg`<rect x="3" y="7" width="18" height="13" rx="2"></rect><path d="M9 7V4h6v3M3 12h18"></path>`,
  play: svg`<path d="M7 5l12 7-12 7z"></path>`,
  pause: svg`<path d="M8 5v14M16 5v14"></path>`,
  previous: svg`<path d="M15 5l-7 7 7 7"></path>`,
  next: svg`<path d="M9 5l7 7-7 7"></path>`,
  exit: svg`<path d="M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10"></path>`,
  heart: svg`<path d="M12 20s-7-4.4-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.6-7 10-7 10z"></path>`,
  people: svg`<circle cx="9" cy="8" r="3"></circle><path d="M3 20a6 6 0 0 1 12 0"></path><circle cx="17" cy="9" r="2.5"></circle><path d="M16 14a5 5 0 0 1 5 5"></path>`,
  news: svg`<rect x="3" y="4" width="18" height="16" rx="2"></rect><path d="M7 8h10M7 12h10M7 16h6"></path>`,
  share: svg`<circle cx="6" cy="12" r="2.5"></circle><circle cx="18" cy="6" r="2.5"></circle><circle cx="18" cy="18" r="2.5"></circle><path d="M8.2 10.8l7.6-3.6M8.2 13.2l7.6 3.6"></path>`,
  info: svg`<circle cx="12" cy="12" r="9"></circle><path d="M12 11v5M12 8h.01"></path>`,
} satisfies Record<string, SVGTemplateResult>;

export type IconName = keyof typeof paths;

/** A decorative icon, sized by the surrounding text (1.25em unless CSS says otherwise). */
export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
    ${paths[name]}
  </svg>`;
}
