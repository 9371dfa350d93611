import { css } from 'lit';
import { cardStyles } from '../../internal/card.js';

export const styles = [
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
    .fact {
      margin-block-start: 0.25em;
    }
    .facts .items {
      padding-inline-start: 1.25em;
      list-style: disc;
    }
  `,
];
