import { css } from '@lit/reactive-element/css-tag.js';

/** The small quick-exit link (quick-exit-link.ts), in every widget that can show it. */
export const quickExitLinkStyles = css`
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
