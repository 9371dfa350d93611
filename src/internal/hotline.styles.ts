import { css } from '@lit/reactive-element/css-tag.js';

/** The hotline's links and lines (hotline.ts), in every widget that shows them. */
export const hotlineStyles = css`
  .call .lead {
    font-weight: 400;
  }
  .nowrap {
    white-space: nowrap;
  }
  .emergency {
    flex: 1 1 100%;
    color: var(--_muted);
  }
  .emergency a {
    display: inline-block;
    min-width: 24px;
    min-height: 24px;
    font-weight: 700;
  }
`;
