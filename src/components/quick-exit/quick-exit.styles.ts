import { css } from '@lit/reactive-element/css-tag.js';
import { controls } from '../../internal/controls.styles.js';
import { theme } from '../../internal/theme.styles.js';

export const styles = [
  theme,
  controls,
  css`
    .base {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 0.25em;
      max-width: 24em;
      padding: 0.5em;
      border-radius: var(--_radius);
    }
    /* The same red in every theme: white on it is 5:1, and it stands 3.6:1 against the dark theme and 5:1 against the light. */
    .exit {
      --_accent: var(--aw-quick-exit-bg, #d32f2f);
      --_on-accent: var(--aw-quick-exit-text, #ffffff);
    }
    p {
      font-size: 0.875em;
    }
    .note {
      color: var(--_muted);
    }
    /* Below a fixed top banner (src/internal/room.ts publishes its size). */
    .fixed {
      position: fixed;
      inset-block-start: var(--aw-hotline-banner-top, 0);
      inset-inline-end: 0;
      margin: 0.5em;
      z-index: var(--aw-quick-exit-z-index, 1001);
      box-shadow: 0 0 0.5em rgb(0 0 0 / 0.25);
    }
    /* On a small or short screen, the button and an ⓘ that shows the rest. */
    @media (max-width: 40em), (max-height: 40em) {
      .fixed {
        flex-flow: row wrap;
        align-items: center;
        max-width: calc(100vw - 0.5em);
        margin: 0.25em;
        padding: 0.25em;
      }
      .fixed .exit {
        padding: 0.25em 0.75em;
      }
      .fixed .more {
        display: inline-flex;
      }
      .fixed p {
        flex: 1 1 100%;
      }
      /* The shortcut and the note; the status region stays. */
      .fixed:not(.open) p[part] {
        display: none;
      }
    }
    @media print {
      .base {
        display: none;
      }
    }
  `,
];
