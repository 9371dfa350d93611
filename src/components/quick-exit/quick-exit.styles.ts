import { css } from 'lit';
import { base } from '../../internal/styles.js';

export const styles = [
  base,
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
      margin: 0;
      font-size: 0.875em;
    }
    .note {
      color: var(--_muted);
    }
    .fixed {
      position: fixed;
      inset-block-start: 0.5em;
      inset-inline-end: 0.5em;
      z-index: var(--aw-quick-exit-z-index, 1001);
      box-shadow: 0 0 0.5em rgb(0 0 0 / 0.25);
    }
    @media print {
      .base {
        display: none;
      }
    }
  `,
];
