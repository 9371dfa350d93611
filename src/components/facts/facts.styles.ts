import { css } from '@lit/reactive-element/css-tag.js';
import { cardStyles } from '../../internal/card.styles.js';
import { controls } from '../../internal/controls.styles.js';
import { quickExitLinkStyles } from '../../internal/quick-exit-link.styles.js';
import { theme } from '../../internal/theme.styles.js';

export const styles = [
  theme,
  controls,
  quickExitLinkStyles,
  cardStyles,
  css`
    .pairs li {
      padding-inline-start: 0.75em;
      border-inline-start: 0.25em solid var(--_accent);
    }
    .myth,
    .sources {
      color: var(--_muted);
    }
    .myth {
      margin-block-start: 0.25em;
    }
    summary.fact {
      font-weight: 400;
    }
    .facts .items {
      padding-inline-start: 1.25em;
      list-style: disc;
    }
  `,
];
