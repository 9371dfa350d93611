import { html, nothing, type PropertyValues } from 'lit';
import { AwElement } from '../../internal/aw-element.js';
import { NEUTRAL_URL, exitFrom } from '../../internal/exit.js';
import { flag, on } from '../../internal/flag.js';
import { icon } from '../../internal/icons.js';
import { moreButton } from '../../internal/more.js';
import { claimRoom, releaseRoom } from '../../internal/room.js';
import { safeUrl } from '../../internal/url.js';
import { styles } from './quick-exit.styles.js';

/** Shift pressed this many times within WINDOW_MS leaves the page. */
const PRESSES = 3;
const WINDOW_MS = 5000;

export const EXIT_POSITIONS = ['inline', 'fixed'] as const;

/**
 * @tag aw-quick-exit
 * @summary A safety button for readers who may be watched: it hides the page at once and replaces
 * it with a neutral site, also when Shift is pressed three times within five seconds. It says
 * plainly that browser history is not erased. Nothing happens unless it is placed on the page.
 *
 * @csspart base - The widget's box.
 * @csspart button - The "Exit this page" link, styled as a button.
 * @csspart shortcut - The "or press Shift 3 times" hint.
 * @csspart note - The advice that history is not erased.
 * @csspart more-button - The ⓘ button of the fixed quick exit on a small screen, showing the shortcut and the note.
 *
 * @cssproperty [--aw-quick-exit-bg=#d32f2f] - The button's background.
 * @cssproperty [--aw-quick-exit-text=#ffffff] - The button's text.
 * @cssproperty [--aw-quick-exit-z-index=1001] - Stacking order when `position="fixed"`.
 *
 * @fires aw-exit - Just before leaving; cancelable. `detail: { url, trigger: 'button' | 'keyboard' }`.
 */
export class AwQuickExit extends AwElement {
  static override styles = styles;
  static override properties = {
    href: {},
    position: { reflect: true },
    hideNote: flag('hide-note'),
    presses: { state: true, attribute: false },
    leaving: { state: true, attribute: false },
    open: { state: true, attribute: false },
  };

  /** The neutral page to leave for (https only; default the US National Weather Service). */
  href?: string;

  /**
   * `inline` (default, where it is placed) or `fixed` (in the top corner of the window, on every
   * scroll, below a fixed top banner, with room made for it at the top of the page). On a screen
   * under 40em wide or tall, the fixed quick exit is its button and an ⓘ button that shows the
   * shortcut and the advice about history.
   */
  position?: 'inline' | 'fixed';

  /** Hides the advice about browser history (show it elsewhere on the page if you do). */
  hideNote = false;

  /** Shift presses counted so far, for the status message. */
  private presses = 0;

  private leaving = false;

  /** The ⓘ disclosure of the fixed quick exit on a small screen is open. */
  private open = false;

  private firstPressAt = 0;

  /** The validated destination. */
  get destination(): string {
    if (this.href == null) return NEUTRAL_URL;
    const url = safeUrl(this.href, ['https:']);
    if (!url) this.warnOnce('href', this.href, `an https: URL; using ${NEUTRAL_URL}`);
    return url ?? NEUTRAL_URL;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKeyDown, true);
    addEventListener('pageshow', this.onPageShow);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKeyDown, true);
    removeEventListener('pageshow', this.onPageShow);
    releaseRoom(this.box);
  }

  private get box(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.base');
  }

  private get fixed(): boolean {
    return this.oneOf('position', this.position, EXIT_POSITIONS, 'inline') === 'fixed';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.fixed && this.isConnected) claimRoom(this.box!, 'quick-exit', 'top');
    else releaseRoom(this.box);
  }

  /** The way out renders first, wherever it is placed. */
  protected override isUrgent(): boolean {
    return true;
  }

  /** A reader who comes back (back/forward cache) finds the page as it was. */
  private onPageShow = (): void => {
    this.leaving = false;
    this.presses = 0;
  };

  protected override render() {
    const t = this.t.exit;
    const fixed = this.fixed;
    return html`<div
      part="base"
      class="base ${fixed ? 'fixed' : ''} ${this.open ? 'open' : ''}"
      data-theme=${this.effectiveTheme}
      lang=${this.resolvedLang}
      dir=${this.resolvedDir}
    >
      <a
        part="button"
        class="button exit"
        href=${this.destination}
        rel="noopener noreferrer"
        referrerpolicy="no-referrer"
        @click=${this.onClick}
        >${icon('exit')}<span>${t.button}</span></a
      >${fixed ? moreButton(t.about, this.open, () => (this.open = !this.open)) : nothing}
      <p part="shortcut">${t.shortcut}</p>
      ${on(this.hideNote) ? nothing : html`<p part="note" class="note">${t.note}</p>`}
      <p class="visually-hidden" role="status">
        ${this.leaving ? t.leaving : this.presses ? t.pressed(this.presses) : ''}
      </p>
    </div>`;
  }

  private onClick(event: MouseEvent): void {
    event.preventDefault();
    this.exit('button');
  }

  /** Shift three times within five seconds leaves; any other key in between starts the count again. */
  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Shift') {
      this.presses = 0;
      return;
    }
    if (event.repeat) return;
    const now = Date.now();
    if (this.presses === 0 || now - this.firstPressAt > WINDOW_MS) {
      this.presses = 0;
      this.firstPressAt = now;
    }
    this.presses += 1;
    if (this.presses >= PRESSES) {
      this.presses = 0;
      this.exit('keyboard');
    }
  };

  /** Leaves the page for the destination, unless a listener cancels `aw-exit`. */
  exit(trigger: 'button' | 'keyboard' = 'button'): void {
    const url = this.destination;
    this.leaving = exitFrom(this, url, trigger);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-quick-exit': AwQuickExit;
  }
}
