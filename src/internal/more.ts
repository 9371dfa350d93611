import { html, type TemplateResult } from 'lit';
import { icon } from './icons.js';

/**
 * The small ⓘ button of a fixed widget on a small or short screen: it shows or hides what the
 * widget leaves out there (`more` on the widget's base). CSS shows it only on such screens.
 */
export function moreButton(label: string, open: boolean, toggle: () => void): TemplateResult {
  return html`<button
    part="more-button"
    class="icon-button more"
    type="button"
    aria-label=${label}
    aria-expanded=${open ? 'true' : 'false'}
    @click=${toggle}
  >
    ${icon('info')}
  </button>`;
}
