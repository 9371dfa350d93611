import { css } from 'lit';
import { cardStyles } from '../../internal/card.js';

export const styles = [
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
