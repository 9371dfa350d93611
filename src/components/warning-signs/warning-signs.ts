import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { NCMEC_TRAFFICKING_URL } from '../../content/index.js';
import { AwCard, LAYOUTS } from '../../internal/card.js';
import { flag, on } from '../../internal/flag.js';
import { emergencyLine, phoneLink, reportLink } from '../../internal/hotline.js';
import { icon, type IconName } from '../../internal/icons.js';
import { styles } from './warning-signs.styles.js';

/**
 * Every sign in the order shown, with its group (0 carry, 1 control, 2 body), its icon and its
 * place among the locales' signs (types.ts).
 */
const SIGNS: readonly [group: number, icon: IconName, at: number][] = [
  [0, 'cash', 0], // possessions
  [0, 'suitcase', 4], // living
  [1, 'id', 1], // identification
  [1, 'speech', 2], // coached
  [2, 'mark', 3], // tattoos
];
const TOTAL = SIGNS.length;

/**
 * @tag aw-warning-signs
 * @summary The signs that a child may be trafficked, in three groups, with what to do on seeing
 * them, a link to NCMEC's own page on the signs and, optionally, the hotline.
 *
 * @slot heading - Replaces the heading text.
 * @slot intro - Replaces the introductory sentence.
 *
 * @csspart base - The widget's box (a `<section>`, not a landmark).
 * @csspart heading - The heading.
 * @csspart intro - The introductory sentence.
 * @csspart group - The label of each group of signs.
 * @csspart items - Each group's list of signs.
 * @csspart item - One sign.
 * @csspart show-more - The "Show N more signs" button, with `limit`.
 * @csspart what-to-do - The expandable "What to do" (`<details>`).
 * @csspart more-link - The link to NCMEC's page on the signs.
 * @csspart hotline - The hotline footer, with `show-hotline`.
 * @csspart phone-link - The hotline's `tel:` link, in the footer.
 * @csspart report-link - The CyberTipline link, in the footer.
 * @csspart emergency - The "call 911" line, in the footer.
 * @csspart young - The line for a child or teen: they can call or report too, in the footer.
 *
 * @cssproperty [--aw-color-bg=#ffffff] - Background (all widgets).
 * @cssproperty [--aw-color-surface=#eef4fb] - Background of the icons.
 * @cssproperty [--aw-color-text=#1b1b1f] - Text colour.
 * @cssproperty [--aw-color-accent=#0b5cad] - Links, icons and the top border.
 * @cssproperty [--aw-color-on-accent=#ffffff] - Text on the call button.
 * @cssproperty [--aw-color-border=#6e6e7a] - Borders.
 * @cssproperty [--aw-color-focus=#0b5cad] - Focus ring.
 * @cssproperty [--aw-font-family=system-ui] - Font.
 * @cssproperty [--aw-radius=0.5em] - Corner radius.
 *
 * @fires aw-link - The link to NCMEC's page was followed. `detail: { url, id: 'more' }`.
 * @fires aw-call - The hotline or 911 link in the footer was used. `detail: { number, href }`.
 * @fires aw-report - The CyberTipline link in the footer was used. `detail: { url }`.
 */
export class AwWarningSigns extends AwCard {
  static override styles = styles;
  static override properties = {
    layout: { reflect: true },
    limit: {},
    showHotline: flag('show-hotline'),
    expanded: { state: true, attribute: false },
  };

  /** `list` (default) or `grid` (a responsive grid that becomes one column on narrow screens). */
  layout?: 'list' | 'grid';

  /** Shows only the first 1 to 5 signs, with a button that shows the rest. */
  limit?: number;

  /** Adds the hotline, the CyberTipline and 911 below the signs. */
  showHotline = false;

  /** The reader asked to see every sign. */
  private expanded = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('limit')) this.expanded = false;
  }

  protected override render() {
    const t = this.t;
    const [heading, intro, carry, control, body, whatToDo, askRight, callOrReport, inDanger, more, showMore, ...signs] =
      t.signs;
    const limit = this.numberIn('limit', this.limit, 1, TOTAL, TOTAL);
    const shown = this.expanded ? TOTAL : limit;
    // The first sign that was hidden, once the reader shows them all.
    const first = this.expanded ? limit : undefined;
    return this.renderCard(
      this.oneOf('layout', this.layout, LAYOUTS, 'list'),
      heading,
      intro,
      html`${[carry, control, body].map((label, group) => {
          const items = SIGNS.filter(([g], i) => g === group && i < shown);
          return items.length
            ? html`<div part="group" class="group" role="heading" aria-level=${Math.min(this.level + 1, 6)}>
                  ${label}
                </div>
                <ul part="items" class="items">
                  ${items.map((sign) => {
                    const [, name, at] = sign;
                    return html`<li
                      part="item"
                      class="item"
                      tabindex=${ifDefined(SIGNS.indexOf(sign) === first ? -1 : undefined)}
                    >
                      <span class="badge">${icon(name)}</span>
                      <div class="text">
                        <p class="title">${signs[2 * at]}</p>
                        <p>${signs[2 * at + 1]}</p>
                      </div>
                    </li>`;
                  })}
                </ul>`
            : nothing;
        })}
        ${
          shown < TOTAL
            ? html`<button part="show-more" class="button secondary" type="button" @click=${this.showAll}>
                ${showMore(TOTAL - shown)}
              </button>`
            : nothing
        }
        <details part="what-to-do">
          <summary>${whatToDo}</summary>
          <ol>
            ${[askRight, callOrReport, inDanger].map((step) => html`<li>${step}</li>`)}
          </ol>
        </details>
        <p>${this.link(NCMEC_TRAFFICKING_URL, more, 'more', 'more-link')}</p>
        ${
          on(this.showHotline)
            ? html`<footer part="hotline" class="hotline">
                ${phoneLink(this, t, 'button call')}${reportLink(this, t)}${emergencyLine(this, t)}
              </footer>`
            : nothing
        }`,
    );
  }

  /** Shows every sign and moves focus to the first one that was hidden. */
  private async showAll(): Promise<void> {
    this.expanded = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[tabindex="-1"]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-warning-signs': AwWarningSigns;
  }
}
