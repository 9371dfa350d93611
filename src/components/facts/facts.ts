import { html } from 'lit';
import { NCMEC_LETTER_2020, NCMEC_PREVENTION_MONTH_2020 } from '../../content/index.js';
import { AwCard } from '../../internal/card.js';
import { flag, on } from '../../internal/flag.js';
import { styles } from './facts.styles.js';

export const MODES = ['pairs', 'facts'] as const;

/**
 * @tag aw-facts
 * @summary The facts that correct common myths about child sex trafficking, as labelled pairs that
 * lead with the fact (the myth comes second, optionally behind a disclosure) or as a plain list of
 * facts, with the NCMEC pages they come from.
 *
 * @slot heading - Replaces the heading text.
 * @slot intro - Replaces the introductory sentence.
 *
 * @csspart base - The widget's box (a `<section>`, not a landmark).
 * @csspart heading - The heading.
 * @csspart intro - The introductory sentence.
 * @csspart items - The list of pairs or facts.
 * @csspart item - One pair, or one fact.
 * @csspart fact - A fact (in pairs mode; the `<summary>` when `expandable`).
 * @csspart myth - The myth a fact corrects (in pairs mode).
 * @csspart sources - The line naming the sources.
 * @csspart source-link - A link to a source page.
 *
 * @cssproperty [--aw-color-bg=#ffffff] - Background (all widgets).
 * @cssproperty [--aw-color-text=#1b1b1f] - Text colour.
 * @cssproperty [--aw-color-muted=#45454f] - The myths and the sources line.
 * @cssproperty [--aw-color-accent=#0b5cad] - Links and the top border.
 * @cssproperty [--aw-color-border=#6e6e7a] - Borders.
 * @cssproperty [--aw-color-focus=#0b5cad] - Focus ring.
 * @cssproperty [--aw-font-family=system-ui] - Font.
 * @cssproperty [--aw-radius=0.5em] - Corner radius.
 *
 * @fires aw-link - A source link was followed. `detail: { url, id: 'source' }`.
 */
export class AwFacts extends AwCard {
  static override styles = styles;
  static override properties = {
    mode: { reflect: true },
    expandable: flag(),
  };

  /** `pairs` (default): each fact, labelled, then the myth it corrects; `facts`: the facts alone, as a list. */
  mode?: 'pairs' | 'facts';

  /** In `pairs` mode, each fact is a disclosure that reveals the myth it corrects. */
  expandable = false;

  protected override render() {
    const [heading, intro, mythLabel, factLabel, sources, ...pairs] = this.t.facts;
    const [, sourceTitle] = this.t.common;
    const mode = this.oneOf('mode', this.mode, MODES, 'pairs');
    return this.renderCard(
      mode,
      heading,
      intro,
      html`<ul part="items" class="items">
          ${[0, 2, 4, 6].map((i) => {
            // The locales list each myth, then the fact that corrects it.
            const myth = pairs[i];
            const fact = pairs[i + 1];
            if (mode === 'facts') return html`<li part="item">${fact}</li>`;
            // One text node after the label, so that its space stays in the accessible name.
            const f = html`<strong>${factLabel}:</strong>${` ${fact}`}`;
            const m = html`<p part="myth" class="myth">${mythLabel}:${` ${myth}`}</p>`;
            return html`<li part="item">
              ${
                on(this.expandable)
                  ? html`<details>
                      <summary part="fact" class="fact">${f}</summary>
                      ${m}
                    </details>`
                  : html`<p part="fact" class="fact">${f}</p>
                      ${m}`
              }
            </li>`;
          })}
        </ul>
        <p part="sources" class="sources">
          ${sources}:
          ${[NCMEC_PREVENTION_MONTH_2020, NCMEC_LETTER_2020].map((s, i) => {
            // The title is in English: marked so, whatever the words around it ("(en inglés)").
            const [before, after] = sourceTitle('\0').split('\0');
            return html`${i ? '; ' : ''}${this.link(
              s.url,
              html`${s.name}, ${s.published}, ${before}<cite lang="en">${s.title}</cite>${after}`,
              'source',
              'source-link',
              '',
            )}`;
          })}
        </p>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-facts': AwFacts;
  }
}
