import { css } from '@lit/reactive-element/css-tag.js';
import { cardStyles } from '../../internal/card.styles.js';
import { controls } from '../../internal/controls.styles.js';
import { hotlineStyles } from '../../internal/hotline.styles.js';
import { quickExitLinkStyles } from '../../internal/quick-exit-link.styles.js';
import { theme } from '../../internal/theme.styles.js';

export const styles = [
  theme,
  controls,
  hotlineStyles,
  quickExitLinkStyles,
  cardStyles,
  css`
    .group {
      margin-block-start: 0.5em;
    }
    [part='show-more'] {
      align-self: flex-start;
    }
    ol {
      margin-block-start: 0.5em;
      padding-inline-start: 1.5em;
    }
    .hotline {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 0.75em;
      padding-block-start: 1em;
      border-block-start: 1px solid var(--_border);
    }
  `,
];
