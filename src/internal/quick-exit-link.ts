import { html, type TemplateResult } from 'lit';
import type { Strings } from '../content/index.js';
import { NEUTRAL_URL, exitFrom } from './exit.js';
import { icon } from './icons.js';

/**
 * The small quick-exit link any widget but `<aw-quick-exit>` shows with the `quick-exit` attribute,
 * last in its base (`shell()` in aw-element.ts places it). It leaves for the neutral page at once,
 * firing a cancelable `aw-exit` first. Its description says, as the full quick exit does, that
 * browser history is not erased; the note is hidden, so a screen reader hears it once, as the
 * description, not again as text. Styles: quick-exit-link.styles.ts.
 */
export function quickExitLink(host: HTMLElement, t: Strings): TemplateResult {
  const [button, note, leaving] = t.exit;
  return html`<p class="quick-exit-row">
    <a
      part="quick-exit"
      class="quick-exit-link"
      href=${NEUTRAL_URL}
      rel="noopener noreferrer"
      referrerpolicy="no-referrer"
      aria-describedby="exit-note"
      @click=${(event: MouseEvent) => {
        event.preventDefault();
        exitFrom(host, NEUTRAL_URL, 'button', leaving);
      }}
      >${icon('exit')}<span>${button}</span></a
    ><span id="exit-note" hidden>${note}</span>
  </p>`;
}
