import { css, unsafeCSS } from 'lit';

/**
 * Dark defaults, used by `theme="dark"` and by `theme="auto"` when the reader's system is dark.
 * Kept in one string so both selectors share it, and written compact by hand: a plain string
 * passed to unsafeCSS is not minified by the build.
 */
const dark = unsafeCSS(
  '--_bg:var(--aw-color-bg,#16161a);--_surface:var(--aw-color-surface,#1f2a38);--_fg:var(--aw-color-text,#f2f2f5);--_muted:var(--aw-color-muted,#c8c8d0);--_accent:var(--aw-color-accent,#9ccaff);--_on-accent:var(--aw-color-on-accent,#0b1b2e);--_border:var(--aw-color-border,#8e8e99);--_focus:var(--aw-color-focus,#ffd54a);color-scheme:dark',
);

/**
 * Shared by every widget. The public tokens (`--aw-color-*`, `--aw-font-family`, `--aw-radius`)
 * are read once here into private `--_*` properties; components read only the private ones.
 * Sizes are in `em` from `font-size: medium`, so a host page's `html { font-size }` changes
 * nothing, while the reader's own browser text size still applies. The host's `display` is a
 * default the page may override (its outer box is the page's: hide it on phones, make it
 * inline-block or a grid item); `hidden`, set by a dismissal, wins over page CSS.
 */
const core = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
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
    /* system-ui is in every browser we support; sans-serif in case a browser has it turned off. */
    --_font: var(--aw-font-family, system-ui, sans-serif);
    color-scheme: light;
    box-sizing: border-box;
    margin: 0;
    font-family: var(--_font);
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
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    letter-spacing: inherit;
    word-spacing: inherit;
    margin: 0;
  }
  svg {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* A link or button that looks like a button: at least 44 by 44 CSS pixels. */
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
    cursor: pointer;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .icon-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 44px;
    min-height: 44px;
    padding: 0;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
  .icon-button svg,
  .button svg {
    width: 1.25em;
    height: 1.25em;
  }
  /* A round icon beside a heading or an item. */
  .badge {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 2.5em;
    height: 2.5em;
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_accent);
  }
  .badge svg {
    width: 1.4em;
    height: 1.4em;
  }
  /* The hotline's parts (src/internal/hotline.ts), wherever they are shown. */
  .call .lead {
    font-weight: 400;
  }
  .emergency {
    flex: 1 1 100%;
    margin: 0;
    color: var(--_muted);
  }
  .emergency a {
    display: inline-block;
    min-width: 24px;
    min-height: 24px;
    font-weight: 700;
  }
  /* Both languages are written left to right. In a right-to-left page the layout mirrors, while
     sentences keep their own order (punctuation and numbers in place) and align to the right. */
  .base[dir='rtl'] :is(p, [role='heading'], summary, li:not(.item)) {
    unicode-bidi: plaintext;
    text-align: right;
  }
  .nowrap {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  @media (forced-colors: active) {
    .base {
      border: 1px solid CanvasText;
      forced-color-adjust: auto;
    }
    .button,
    .icon-button {
      border: 2px solid ButtonText;
    }
    a.button {
      color: LinkText;
      border-color: LinkText;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
    svg {
      stroke: currentColor;
    }
  }
`;

/** The small quick-exit link any widget shows with the `quick-exit` attribute. */
const quickExitLink = css`
  .quick-exit-row {
    flex: 1 1 100%;
    margin: 0.5em 0 0;
    text-align: end;
  }
  .quick-exit-link {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-height: 24px;
    font-weight: 700;
  }
  .quick-exit-link svg {
    width: 1em;
    height: 1em;
  }
`;

/** The styles every widget starts from. */
export const base = [core, quickExitLink];
