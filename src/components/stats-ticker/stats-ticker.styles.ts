import { css } from '@lit/reactive-element/css-tag.js';
import { controls } from '../../internal/controls.styles.js';
import { quickExitLinkStyles } from '../../internal/quick-exit-link.styles.js';
import { theme } from '../../internal/theme.styles.js';

export const styles = [
  theme,
  controls,
  quickExitLinkStyles,
  css`
    .base {
      padding: 1em 1.25em;
      background: var(--aw-stats-ticker-bg, var(--_bg));
      border: 1px solid var(--_border);
      border-block-start: 0.375em solid var(--_accent);
      border-radius: var(--_radius);
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5em 1em;
    }
    .controls {
      display: flex;
      gap: 0.5em;
    }
    .base[dir='rtl'] :is(.previous, .next) svg {
      transform: scaleX(-1);
    }
    .intro ::slotted(*) {
      margin: 0.25em 0 0;
    }
    .figure,
    .list {
      margin: 0.75em 0 0;
    }
    .position,
    .meta {
      color: var(--_muted);
      font-size: 0.875em;
    }
    /* Every figure sits in one cell, the hidden ones only giving it their size, so the widget keeps
       one height as it rotates and moves nothing on the page. */
    .stage {
      display: grid;
    }
    .stage > * {
      grid-area: 1 / 1;
    }
    .ghost {
      visibility: hidden;
    }
    .value {
      display: block;
      font-size: 2em;
      font-weight: 700;
      line-height: 1.2;
      color: var(--_accent);
    }
    .meta a {
      display: inline-block;
      padding-block: 0.25em;
    }
    /* Only a figure whose source gives its year shows one. */
    .meta span {
      margin-inline-end: 0.5em;
    }
    .list {
      display: grid;
      gap: 1em;
      padding: 0;
      list-style: none;
    }
  `,
];
