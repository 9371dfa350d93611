import { css } from '@lit/reactive-element/css-tag.js';

/**
 * What every widget's content shares: links, buttons (44 by 44 CSS pixels at least), icons, the
 * focus ring, the heading, right-to-left text and text for screen readers only. After `theme`.
 */
export const controls = css`
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.125em;
  }
  /* Whatever has focus (links, buttons, summaries, an item focused by script), by keyboard. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* No margins but those a widget sets. */
  p,
  ul,
  ol {
    margin: 0;
  }
  /* The browser's own button font; its letter and word spacing are already the base's (normal),
     and every button's class sets its colour. */
  button {
    font: inherit;
    margin: 0;
  }
  /* Every icon is in a button or a link styled as one (1.25em), a badge or a smaller link. */
  svg {
    width: 1.25em;
    height: 1.25em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* Its content centred: a link or button that looks like a button, an icon button, a badge. */
  .button,
  .icon-button,
  .badge {
    display: inline-flex;
    align-items: center;
    justify-content: center;
  }
  /* A control: at least 44 by 44 CSS pixels. */
  .button,
  .icon-button {
    min-height: 44px;
    min-width: 44px;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .button {
    gap: 0.5em;
    padding: 0.5em 1em;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  .icon-button {
    padding: 0;
    border-color: var(--_border);
    background: var(--_bg);
    color: var(--_fg);
  }
  /* A round icon beside a heading or an item. */
  .badge {
    flex: none;
    width: 2.5em;
    height: 2.5em;
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_accent);
  }
  .badge svg {
    width: 1.4em;
    height: 1.4em;
  }
  /* Both languages are written left to right. In a right-to-left page the layout mirrors, while
     sentences keep their own order (punctuation and numbers in place) and align to the right. */
  .base[dir='rtl'] :is(p, [role='heading'], summary, li:not(.item)) {
    unicode-bidi: plaintext;
    text-align: right;
  }
  /* For screen readers only: a span, or a paragraph without margins. */
  /* The ⓘ button (more.ts): a fixed widget shows it on a small or short screen only. */
  .more {
    display: none;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .heading {
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }
  @media (forced-colors: active) {
    .button,
    .icon-button {
      border: 2px solid ButtonText;
    }
    a.button {
      color: LinkText;
      border-color: LinkText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
