import { css } from '@lit/reactive-element/css-tag.js';

/** The styles of the card widgets (warning signs, facts, take action), after `theme` and `controls`. */
export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: 1.25em 1.5em;
    border: 1px solid var(--_border);
    border-block-start: 0.375em solid var(--_accent);
    border-radius: var(--_radius);
  }
  .items {
    display: grid;
    gap: 1em;
    padding: 0;
    list-style: none;
  }
  .grid .items {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    align-items: flex-start;
  }
  .grid .item {
    padding: 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* Beside the icon; below it when the column is under about 15em (no container query: they
       cost an extra layout pass on every page). */
  .text {
    flex: 1 1 15em;
    display: grid;
    gap: 0.25em;
    justify-items: start;
    min-width: 0;
  }
  .title,
  .group,
  summary {
    font-weight: 700;
  }
  .link {
    display: inline-block;
    min-height: 24px;
  }
  summary {
    min-height: 24px;
    cursor: pointer;
  }
`;
