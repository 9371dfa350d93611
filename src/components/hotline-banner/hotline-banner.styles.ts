import { css } from '@lit/reactive-element/css-tag.js';
import { controls } from '../../internal/controls.styles.js';
import { hotlineStyles } from '../../internal/hotline.styles.js';
import { quickExitLinkStyles } from '../../internal/quick-exit-link.styles.js';
import { theme } from '../../internal/theme.styles.js';

export const styles = [
  theme,
  controls,
  hotlineStyles,
  quickExitLinkStyles,
  css`
    .base {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.75em 1.25em;
      padding: 1em 1.25em;
      background: var(--aw-hotline-banner-bg, var(--_surface));
      border-inline-start: 0.375em solid var(--_accent);
    }
    .badge {
      background: var(--_accent);
      color: var(--_on-accent);
    }
    .text {
      flex: 1 1 18em;
      min-width: 0;
    }
    .intro {
      margin: 0.25em 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 0.75em;
      align-items: center;
    }
    .dismiss {
      position: absolute;
      inset-block-start: 0.5em;
      inset-inline-end: 0.5em;
      background: transparent;
    }
    .dismissible .text {
      padding-inline-end: 3em;
    }

    /* card: a box that fits an article column */
    /* One column: wrapping would start a second one beside it, out of the box. */
    .card {
      flex-flow: column;
      align-items: flex-start;
      max-width: 40em;
      padding: 1.25em 1.5em;
      background: var(--aw-hotline-banner-bg, var(--_bg));
      border: 1px solid var(--_border);
      border-block-start: 0.375em solid var(--_accent);
      border-inline-start-width: 1px;
      border-radius: var(--_radius);
    }
    .card .text {
      flex: none;
    }
    .card .actions {
      flex-direction: column;
      align-items: stretch;
      width: 100%;
    }

    /* compact: one line */
    .compact {
      gap: 0.25em 1em;
      padding: 0.25em 1em;
      border-inline-start-width: 0.25em;
    }
    .compact .text {
      flex: 0 1 auto;
    }
    .compact .heading {
      font-size: 1em;
    }
    .compact-call {
      padding: 0.25em 0.75em;
    }
    .report-inline {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      min-height: 44px;
    }
    .report-inline svg {
      width: 1.1em;
      height: 1.1em;
    }
    .compact .emergency {
      flex: 0 1 auto;
    }
    /* In the line's flow, never over the call button. */
    .compact .dismiss {
      position: static;
    }
    .dismissible.compact .text {
      padding: 0;
    }

    /* fixed to the top or bottom of the viewport */
    .fixed {
      position: fixed;
      inset-inline: 0;
      z-index: var(--aw-hotline-banner-z-index, 1000);
      max-height: 50vh;
      overflow: auto;
      box-shadow: 0 0 0.5em rgb(0 0 0 / 0.25);
    }
    /* Only a fixed banner has these. */
    .top {
      inset-block-start: 0;
    }
    .bottom {
      inset-block-end: 0;
    }
    @media print {
      .fixed {
        display: none;
      }
    }
    @media (max-width: 30em) {
      .actions {
        flex-direction: column;
        align-items: stretch;
        width: 100%;
      }
    }
    /* Fixed on a small or short screen: one call-and-report bar. The heading, the leads and the
       number's digits are hidden from sight only: links keep their names; ⓘ shows the 911 line. */
    @media (max-width: 40em), (max-height: 40em) {
      .fixed {
        flex-direction: row;
        align-items: center;
        gap: 0.25em 0.5em;
        max-width: none;
        padding: 0.25em;
        border-width: 0 0 0 0.25em;
        border-radius: 0;
      }
      .dismissible.fixed {
        padding-inline-end: calc(44px + 0.5em);
      }
      .fixed .text,
      .fixed .lead,
      .fixed .call .nowrap + .nowrap {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
      }
      .fixed .badge,
      .fixed .call svg,
      .fixed:not(.open) .emergency {
        display: none;
      }
      .fixed .actions {
        display: contents;
      }
      .fixed .call {
        padding: 0.25em 0.5em;
      }
      .fixed .more {
        display: inline-flex;
      }
      .fixed [part='report-link'] {
        display: inline;
        /* Still a flex item of the base (the actions box is display: contents), so blockified. */
        min-height: 0;
        padding: 0;
        border: 0;
        background: none;
        font-weight: 400;
        text-decoration: underline;
      }
      .fixed [part='report-link'] svg {
        vertical-align: middle;
      }
      .fixed .dismiss {
        inset-block-start: 0.25em;
        inset-inline-end: 0.25em;
      }
    }
  `,
];
