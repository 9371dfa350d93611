import { html, nothing } from 'lit';
import { AwCard } from '../../internal/card.js';
import { emit } from '../../internal/emit.js';
import { flag, on } from '../../internal/flag.js';
import { emergencyLine, phoneLink, reportLink } from '../../internal/hotline.js';
import { icon } from '../../internal/icons.js';
import { focusAfterRemoval } from '../../internal/focus.js';
import { styles } from './hotline-banner.styles.js';

export const VARIANTS = ['bar', 'card', 'compact'] as const;
export const POSITIONS = ['inline', 'top', 'bottom'] as const;
type Variant = (typeof VARIANTS)[number];
type Position = (typeof POSITIONS)[number];

/**
 * @tag aw-hotline-banner
 * @summary NCMEC's 24-hour hotline (1-800-THE-LOST, 1-800-843-5678), the CyberTipline and 911, in a
 * bar, a card or one compact line; inline or fixed to the top or bottom of the page.
 *
 * @slot - Fallback content, shown only when the script cannot run (put a plain `tel:` link here).
 * @slot heading - Replaces the heading text.
 * @slot intro - Replaces the introductory sentence (bar and card).
 *
 * @csspart base - The banner's box (a `<section>` region landmark, named by its heading).
 * @csspart heading - The heading.
 * @csspart intro - The introductory sentence.
 * @csspart actions - The box holding the call and report links.
 * @csspart phone-link - The `tel:` link to the hotline.
 * @csspart report-link - The link to the CyberTipline.
 * @csspart emergency - The "call 911" line.
 * @csspart young - The line for a child or teen: they can call or report too.
 * @csspart dismiss-button - The dismiss button, when `dismissible`.
 * @csspart more-button - The ⓘ button of a fixed banner on a small screen, showing the 911 line.
 *
 * @cssproperty [--aw-color-bg=#ffffff] - Background (all widgets).
 * @cssproperty [--aw-color-surface=#eef4fb] - Background of the bar and compact line.
 * @cssproperty [--aw-color-text=#1b1b1f] - Text colour.
 * @cssproperty [--aw-color-accent=#0b5cad] - Links and the call button.
 * @cssproperty [--aw-color-on-accent=#ffffff] - Text on the call button.
 * @cssproperty [--aw-color-border=#6e6e7a] - Borders of cards and buttons.
 * @cssproperty [--aw-color-focus=#0b5cad] - Focus ring.
 * @cssproperty [--aw-font-family=system-ui] - Font.
 * @cssproperty [--aw-radius=0.5em] - Corner radius.
 * @cssproperty [--aw-hotline-banner-bg=var(--aw-color-surface)] - The banner's own background.
 * @cssproperty [--aw-hotline-banner-z-index=1000] - Stacking order when fixed to the top or bottom.
 *
 * @fires aw-call - The hotline or 911 link was used. `detail: { number, href }`.
 * @fires aw-report - The CyberTipline link was used. `detail: { url }`.
 * @fires aw-dismiss - The dismiss button was pressed; cancelable: `preventDefault()` keeps the banner. `detail: { remembered }`, true only when the dismissal was stored.
 */
export class AwHotlineBanner extends AwCard {
  static override styles = styles;
  static override properties = {
    variant: { reflect: true },
    position: { reflect: true },
    dismissible: flag(),
    rememberDismiss: flag('remember-dismiss'),
  };

  /** Layout: `bar` (default), `card` or `compact`. */
  variant?: 'bar' | 'card' | 'compact';

  /**
   * Where it sits: `inline` (default, in the page's flow), `top` or `bottom` (fixed, and adds room
   * for itself). Fixed, on a screen under 40em wide or tall, any variant is one call-and-report
   * bar, with an ⓘ button that shows the 911 line.
   */
  position?: 'inline' | 'top' | 'bottom';

  /** Shows a dismiss button. */
  dismissible = false;

  /** With `dismissible`: remembers a dismissal for the rest of the browser session (sessionStorage). Off by default. */
  rememberDismiss = false;

  /** Where focus came from before it entered the banner, to return it after a dismissal. */
  private focusOrigin: Element | null = null;

  private get storageKey(): string {
    return `aw-hotline-banner:dismissed${this.id ? `:${this.id}` : ''}`;
  }

  /** Only a deliberate opt-in ever touches storage: `remember-dismiss="false"` is off. */
  private get remembers(): boolean {
    return on(this.dismissible) && on(this.rememberDismiss);
  }

  private get effectiveVariant(): Variant {
    return this.oneOf('variant', this.variant, VARIANTS, 'bar');
  }

  private get effectivePosition(): Position {
    return this.oneOf('position', this.position, POSITIONS, 'inline');
  }

  protected override readonly roomName = 'hotline-banner';

  protected override fixedSide(): 'top' | 'bottom' | undefined {
    const position = this.effectivePosition;
    return position === 'inline' ? undefined : position;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusin', this.onFocusIn);
    if (this.remembers && this.readDismissed()) this.hidden = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusin', this.onFocusIn);
    this.focusOrigin = null;
  }

  protected override render() {
    const t = this.t;
    const [heading, intro, compactHeading, dismiss, emergency] = t.banner;
    const variant = this.effectiveVariant;
    const position = this.effectivePosition;
    const compact = variant === 'compact';
    const dismissible = on(this.dismissible);
    return this.shell(
      `${variant} ${position === 'inline' ? 'inline' : `fixed ${position}`}${dismissible ? ' dismissible' : ''}${this.open ? ' open' : ''}`,
      html`${compact ? nothing : html`<span class="badge">${icon('phone')}</span>`}
        <div class="text">
          ${this.renderHeading(compact ? compactHeading : heading)} ${compact ? nothing : this.renderIntro(intro)}
        </div>
        <div part="actions" class="actions">
          ${phoneLink(this, t, compact ? 'button call compact-call' : 'button call', compact)}
          ${this.moreToggle(emergency)} ${reportLink(this, t, compact ? 'report-inline' : 'button secondary')}
        </div>
        ${emergencyLine(this, t)}
        ${
          dismissible
            ? html`<button
                part="dismiss-button"
                class="icon-button dismiss"
                type="button"
                aria-label=${dismiss}
                @click=${this.onDismiss}
              >
                ${icon('close')}
              </button>`
            : nothing
        }`,
      true,
    );
  }

  private onFocusIn = (event: FocusEvent): void => {
    const from = event.relatedTarget;
    if (from instanceof Element && !this.contains(from) && !this.shadowRoot?.contains(from)) this.focusOrigin = from;
  };

  private onDismiss(): void {
    // Stored before the event so that `remembered` tells the truth when storage throws or is full.
    const remembered = this.remembers && this.store(true);
    if (!emit(this, 'aw-dismiss', { remembered }, true)) {
      if (remembered) this.store(false);
      return;
    }
    const hadFocus = this.matches(':focus-within');
    this.hidden = true;
    this.makeRoom();
    if (hadFocus) focusAfterRemoval(this, this.focusOrigin);
  }

  private readDismissed(): boolean {
    try {
      return sessionStorage.getItem(this.storageKey) === '1';
    } catch {
      return false;
    }
  }

  /** Stores or clears the dismissal; false when storage refused (private mode, a full quota, a sandbox). */
  private store(dismissed: boolean): boolean {
    try {
      if (dismissed) sessionStorage.setItem(this.storageKey, '1');
      else sessionStorage.removeItem(this.storageKey);
      return true;
    } catch {
      return false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-hotline-banner': AwHotlineBanner;
  }
}
