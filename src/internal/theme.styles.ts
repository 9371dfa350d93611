import { css, unsafeCSS } from '@lit/reactive-element/css-tag.js';

/**
 * Dark defaults, used by `theme="dark"` and by `theme="auto"` when the reader's system is dark.
 * Kept in one string so both selectors share it, and written compact by hand: a plain string
 * passed to unsafeCSS is not minified by the build.
 */
const dark = unsafeCSS(
  '--_bg:var(--aw-color-bg,#16161a);--_surface:var(--aw-color-surface,#1f2a38);--_fg:var(--aw-color-text,#f2f2f5);--_muted:var(--aw-color-muted,#c8c8d0);--_accent:var(--aw-color-accent,#9ccaff);--_on-accent:var(--aw-color-on-accent,#0b1b2e);--_border:var(--aw-color-border,#8e8e99);--_focus:var(--aw-color-focus,#ffd54a);color-scheme:dark',
);

/**
 * The host, the theme and the reset, first in every widget's styles. The public tokens
 * (`--aw-color-*`, `--aw-font-family`, `--aw-radius`) are read once here, on the widget's `base`
 * (see `shell()` in aw-element.ts), into private `--_*` properties; components read only the
 * private ones. Every property a host page's CSS could pass down by inheritance is set again on
 * the base. Sizes are in `em` from `font-size: medium`, so a host page's `html { font-size }`
 * changes nothing, while the reader's own browser text size still applies. The host's `display`
 * is a default the page may override (its outer box is the page's: hide it on phones, make it
 * inline-block or a grid item); `hidden`, set by a dismissal, wins over page CSS.
 */
export const theme = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Every box inside, whatever the page's own box-sizing (no rule here makes pseudo-elements). */
  * {
    box-sizing: border-box;
  }
  .base {
    --_bg: var(--aw-color-bg, #ffffff);
    --_surface: var(--aw-color-surface, #eef4fb);
    --_fg: var(--aw-color-text, #1b1b1f);
    --_muted: var(--aw-color-muted, #45454f);
    --_accent: var(--aw-color-accent, #0b5cad);
    --_on-accent: var(--aw-color-on-accent, #ffffff);
    --_border: var(--aw-color-border, #6e6e7a);
    --_focus: var(--aw-color-focus, #0b5cad);
    --_radius: var(--aw-radius, 0.5em);
    color-scheme: light;
    /* Read only here, so no private copy. system-ui is in every browser we support; sans-serif
       in case a browser has it turned off. */
    font-family: var(--aw-font-family, system-ui, sans-serif);
    font-size: medium;
    /* Two weights in every widget, 400 and 700: each other weight is one more font the browser
       looks up on first use, in the frame that first shows it. */
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
    color: var(--_fg);
    background: var(--_bg);
    overflow-wrap: break-word;
  }
  .base[data-theme='dark'] {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .base[data-theme='auto'] {
      ${dark}
    }
  }
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }
  }
`;
