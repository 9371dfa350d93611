import { html, nothing } from 'lit';
import { AwElement } from '../../internal/aw-element.js';
import { NEUTRAL_URL, exitFrom, framed } from '../../internal/exit.js';
import { flag, on } from '../../internal/flag.js';
import { icon } from '../../internal/icons.js';
import { safeUrl } from '../../internal/url.js';
import { styles } from './quick-exit.styles.js';

/** Shift pressed alone this many times, each within WINDOW_MS of the last, leaves the page. */
const PRESSES = 3;
const WINDOW_MS = 5000;

/** Every quick exit on the page; one key handler serves them all and the first one speaks. */
const widgets = new Set<AwQuickExit>();
let count = 0;
/** The Shift now down has had no other key with it. */
let alone = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** What the first quick exit's status says: presses so far (1, 2), the count reset (-1) or nothing (0). */
function tell(n: number): void {
  for (const w of widgets) w.heard = 0;
  const [first] = widgets;
  if (first) first.heard = n;
}

/**
 * GOV.UK's rule: Shift counts when it is released having been pressed alone. A Shift used with
 * another key (a capital letter) is another key: it starts the count again and says nothing. Each
 * press gives five more seconds; when they run out, the status says the count was reset.
 */
function onKey(event: KeyboardEvent): void {
  const shift = event.key == 'Shift';
  if (event.type == 'keydown') {
    alone = shift;
    if (!shift && count) {
      count = 0;
      clearTimeout(timer);
      tell(0);
    }
    return;
  }
  if (!shift || !alone) return;
  alone = false;
  clearTimeout(timer);
  const [first] = widgets;
  if (++count < PRESSES) {
    tell(count);
    timer = setTimeout(() => {
      count = 0;
      tell(-1);
    }, WINDOW_MS);
  } else {
    count = 0;
    tell(0);
    first?.exit('keyboard');
  }
}

export const EXIT_POSITIONS = ['inline', 'fixed'] as const;

/**
 * @tag aw-quick-exit
 * @summary A safety button for readers who may be watched: it hides the page at once and replaces
 * it with a neutral site, also when Shift is pressed alone three times, each within five seconds of
 * the last. It says plainly that browser history is not erased. Nothing happens unless it is
 * placed on the page.
 *
 * @csspart base - The widget's box.
 * @csspart button - The "Exit this page" link, styled as a button.
 * @csspart shortcut - The "or press Shift 3 times" hint.
 * @csspart note - The advice that history is not erased.
 * @csspart framed - Inside a frame only: the button may open a new tab and leave the page behind open.
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
    heard: { state: true, attribute: false },
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

  /** @internal What the status says about the Shift presses (see `tell`). */
  heard = 0;

  /** The validated destination. */
  get destination(): string {
    if (this.href == null) return NEUTRAL_URL;
    const url = safeUrl(this.href, ['https:']);
    if (!url) this.warnOnce('href', this.href, `an https: URL; using ${NEUTRAL_URL}`);
    return url ?? NEUTRAL_URL;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!widgets.size)
      for (const type of ['keydown', 'keyup']) document.addEventListener(type, onKey as EventListener, true);
    widgets.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    widgets.delete(this);
    if (widgets.size) return;
    for (const type of ['keydown', 'keyup']) document.removeEventListener(type, onKey as EventListener, true);
    clearTimeout(timer);
    count = 0;
  }

  protected override readonly roomName = 'quick-exit';

  /** Fixed, it keeps to the top of the window. */
  protected override fixedSide(): 'top' | undefined {
    return this.oneOf('position', this.position, EXIT_POSITIONS, 'inline') === 'fixed' ? 'top' : undefined;
  }

  /** The way out renders first, wherever it is placed. */
  protected override isUrgent(): boolean {
    return true;
  }

  protected override render() {
    const [button, note, , shortcut, framedNote, left, reset, about] = this.t.exit;
    return this.shell(
      `${this.fixedSide() ? 'fixed' : ''} ${this.open ? 'open' : ''}`,
      html`<a
          part="button"
          class="button exit"
          href=${this.destination}
          rel="noopener noreferrer"
          referrerpolicy="no-referrer"
          @click=${this.onClick}
          >${icon('exit')}<span>${button}</span></a
        >${this.moreToggle(about)}
        <p part="shortcut">${shortcut}</p>
        ${framed() ? html`<p part="framed">${framedNote}</p>` : nothing}
        ${on(this.hideNote) ? nothing : html`<p part="note" class="note">${note}</p>`}
        <p class="visually-hidden" role="status">
          ${this.heard > 0 ? left(PRESSES - this.heard) : this.heard ? reset : ''}
        </p>`,
    );
  }

  /** It is the way out itself: no second, small one. */
  protected override quickExitLink(): typeof nothing {
    return nothing;
  }

  private onClick(event: MouseEvent): void {
    event.preventDefault();
    this.exit('button');
  }

  /** Leaves the page for the destination, unless a listener cancels `aw-exit` (once per page). */
  exit(trigger: 'button' | 'keyboard' = 'button'): void {
    const [, , leaving] = this.t.exit;
    exitFrom(this, this.destination, trigger, leaving);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-quick-exit': AwQuickExit;
  }
}
