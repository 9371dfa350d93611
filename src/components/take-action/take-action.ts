import { html } from 'lit';
import { CHILD_ADVOCACY_CENTERS_URL, NCMEC_HOME_URL, NCMEC_PREVENTION_MONTH_2020 } from '../../content/index.js';
import { AwCard, LAYOUTS } from '../../internal/card.js';
import { phoneLink, reportLink, youngLine } from '../../internal/hotline.js';
import { icon, type IconName } from '../../internal/icons.js';
import { styles } from './take-action.styles.js';

/**
 * Each action's id (for `aw-link`), icon and where its link goes (report has the hotline and the
 * CyberTipline), in the order the locales list the actions (types.ts).
 */
const ACTIONS: readonly [id: string, icon: IconName, url?: string][] = [
  ['report', 'report'],
  ['advocacy', 'people', CHILD_ADVOCACY_CENTERS_URL],
  ['support', 'heart', NCMEC_HOME_URL],
  ['follow', 'news', NCMEC_HOME_URL],
  ['tell', 'share', NCMEC_PREVENTION_MONTH_2020.url],
];

/**
 * @tag aw-take-action
 * @summary What anyone can do: report to NCMEC by phone or online, get involved with a children's
 * advocacy center, support NCMEC, follow it for updates, and tell others in January. Each action
 * has a real link.
 *
 * @slot heading - Replaces the heading text.
 * @slot intro - Replaces the introductory sentence.
 *
 * @csspart base - The widget's box (a `<section>`, not a landmark).
 * @csspart heading - The heading.
 * @csspart intro - The introductory sentence.
 * @csspart items - The list of actions.
 * @csspart item - One action.
 * @csspart link - An action's link to another site.
 * @csspart phone-link - The hotline's `tel:` link (the report action).
 * @csspart report-link - The CyberTipline link (the report action).
 * @csspart young - The line for a child or teen: they can call or report too (the report action).
 *
 * @cssproperty [--aw-color-bg=#ffffff] - Background (all widgets).
 * @cssproperty [--aw-color-surface=#eef4fb] - Background of the icons.
 * @cssproperty [--aw-color-text=#1b1b1f] - Text colour.
 * @cssproperty [--aw-color-accent=#0b5cad] - Links, icons, the call button and the top border.
 * @cssproperty [--aw-color-on-accent=#ffffff] - Text on the call button.
 * @cssproperty [--aw-color-border=#6e6e7a] - Borders.
 * @cssproperty [--aw-color-focus=#0b5cad] - Focus ring.
 * @cssproperty [--aw-font-family=system-ui] - Font.
 * @cssproperty [--aw-radius=0.5em] - Corner radius.
 *
 * @fires aw-link - An action's link was followed. `detail: { url, id }`, `id` being `advocacy`, `support`, `follow` or `tell`.
 * @fires aw-call - The hotline link was used. `detail: { number, href }`.
 * @fires aw-report - The CyberTipline link was used. `detail: { url }`.
 */
export class AwTakeAction extends AwCard {
  static override styles = styles;
  static override properties = { layout: { reflect: true } };

  /** `list` (default) or `grid` (a responsive grid that becomes one column on narrow screens). */
  layout?: 'list' | 'grid';

  protected override render() {
    const t = this.t;
    const [heading, intro, ...items] = t.actions;
    return this.renderCard(
      this.oneOf('layout', this.layout, LAYOUTS, 'list'),
      heading,
      intro,
      html`<ul part="items" class="items">
        ${ACTIONS.map(([id, name, url], i) => {
          // The report action has a title and a text; each one after it also has its link's text.
          const at = i && 3 * i - 1;
          return html`<li part="item" class="item">
            <span class="badge">${icon(name)}</span>
            <div class="text">
              <p class="title">${items[at]}</p>
              <p>${items[at + 1]}</p>
              ${url ? this.link(url, items[at + 2]!, id) : html`${phoneLink(this, t, 'button call')}${reportLink(this, t)}${youngLine(t)}`}
            </div>
          </li>`;
        })}
      </ul>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-take-action': AwTakeAction;
  }
}
