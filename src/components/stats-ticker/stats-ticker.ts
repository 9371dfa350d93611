import { html, nothing, type PropertyValues } from 'lit';
import { STATS, type Stat } from '../../content/index.js';
import { AwCard } from '../../internal/card.js';
import { emit } from '../../internal/emit.js';
import { outLink } from '../../internal/hotline.js';
import { icon, type IconName } from '../../internal/icons.js';
import { statValue } from '../../internal/stat-text.js';
import { styles } from './stats-ticker.styles.js';

export const MODES = ['rotating', 'static'] as const;

/**
 * Where the ticker reads the reader's motion preference, once per connection. Tests replace
 * `query` in browsers whose driver cannot emulate `prefers-reduced-motion`.
 */
export const motion = { query: (): MediaQueryList => matchMedia('(prefers-reduced-motion: reduce)') };

/**
 * @tag aw-stats-ticker
 * @summary The numbers of child sex trafficking, each with its source (and its year where the source gives one), one at a time
 * (with pause/play, previous and next) or all as a list.
 *
 * It never moves under `prefers-reduced-motion: reduce` unless the reader presses play, and even
 * then without animation. Hover and keyboard focus inside it hold the rotation while they last,
 * without changing the button; the button shows only the reader's own choice ("Pause" until the
 * reader pauses, then "Play"), and a paused ticker stays paused until the reader presses play. It
 * stops while the page is hidden or the widget is off-screen; its figure is announced only while it
 * is held or paused, never while it rotates on its own.
 *
 * @slot heading - Replaces the heading text.
 * @slot intro - A short introduction under the heading (none by default).
 *
 * @csspart base - The widget's box (a `<section>` region landmark, named by its heading).
 * @csspart heading - The heading.
 * @csspart intro - The box holding the intro slot.
 * @csspart controls - The box holding the three buttons (rotating mode).
 * @csspart toggle-button - The pause/play button, first in the tab order.
 * @csspart previous-button - The previous-figure button.
 * @csspart next-button - The next-figure button.
 * @csspart figure - The live region showing the position and the current figure (rotating mode).
 * @csspart position - "Figure n of N".
 * @csspart list - The list of every figure (static mode).
 * @csspart item - One figure of the list (static mode).
 * @csspart value - A figure's number.
 * @csspart text - The sentence after the number.
 * @csspart meta - The year and the source.
 * @csspart year - The year the figure describes, when its source gives one.
 * @csspart source-link - The link to the figure's source, named by the page's title and date.
 *
 * @cssproperty [--aw-color-bg=#ffffff] - Background (all widgets).
 * @cssproperty [--aw-color-text=#1b1b1f] - Text colour.
 * @cssproperty [--aw-color-muted=#45454f] - The position, year and source line.
 * @cssproperty [--aw-color-accent=#0b5cad] - The numbers, links and the top border.
 * @cssproperty [--aw-color-border=#6e6e7a] - Borders of the box and buttons.
 * @cssproperty [--aw-color-focus=#0b5cad] - Focus ring.
 * @cssproperty [--aw-font-family=system-ui] - Font.
 * @cssproperty [--aw-radius=0.5em] - Corner radius.
 * @cssproperty [--aw-stats-ticker-bg=var(--aw-color-bg)] - The ticker's own background.
 *
 * @fires aw-toggle - The reader paused (the button, previous or next) or played it; never on hover or focus. `detail: { playing }`.
 * @fires aw-link - A source link was followed. `detail: { url, id }` (the statistic's id).
 */
export class AwStatsTicker extends AwCard {
  static override styles = styles;
  static override properties = {
    interval: {},
    mode: { reflect: true },
    index: { state: true, attribute: false },
    playing: { state: true, attribute: false },
    held: { state: true, attribute: false },
  };

  /** Seconds each figure shows while rotating, 4 to 60 (default 7). */
  interval?: number;

  /** `rotating` (default): one figure at a time; `static`: every figure as a list, no controls. */
  mode?: 'rotating' | 'static';

  private index = 0;

  /** Rotating, or meant to (it still waits while held, hidden or off-screen): the reader's choice. */
  private playing = true;

  /** Hover (1) and focus (2) inside it hold the rotation while they last, without relabelling. */
  private held = 0;

  /** The reader has paused, played or stepped: only the reader starts it again. */
  private chosen = false;
  private onScreen = true;
  private timer?: ReturnType<typeof setTimeout>;
  private anim?: Animation | undefined;
  private mq?: MediaQueryList;
  private io?: IntersectionObserver;

  constructor() {
    super();
    // A mouse over it holds it; a finger or pen touching down is a tap, not reading.
    this.addEventListener('pointerenter', (e) => this.hold(1, e.pointerType == 'mouse'));
    this.addEventListener('pointerleave', () => this.hold(1, false));
    this.addEventListener('focusin', () => this.hold(2, true));
    // Focus moving inside the shadow root never reaches the host; into light-DOM children it does.
    this.addEventListener('focusout', (e) => this.hold(2, this.contains(e.relatedTarget as Node | null)));
  }

  private get rotating(): boolean {
    return this.oneOf('mode', this.mode, MODES, 'rotating') === 'rotating';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.mq = motion.query();
    this.mq.addEventListener('change', this.onMotion);
    document.addEventListener('visibilitychange', this.sync);
    this.io = new IntersectionObserver((entries) => {
      this.onScreen = entries[entries.length - 1]!.isIntersecting;
      this.sync();
    });
    this.io.observe(this);
    this.onMotion();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.mq?.removeEventListener('change', this.onMotion);
    document.removeEventListener('visibilitychange', this.sync);
    this.io?.disconnect();
    this.anim?.cancel();
    this.sync();
  }

  protected override render() {
    const [, , , , heading, pause, play, previous, next, position, ...sentences] = this.t.stats;
    const rotating = this.rotating;
    const button = (name: string, glyph: IconName, label: string, action: () => void) =>
      html`<button
        part=${`${name}-button`}
        class=${`icon-button ${name}`}
        type="button"
        aria-label=${label}
        @click=${action}
      >
        ${icon(glyph)}
      </button>`;
    return this.shell(
      '',
      html`<div class="top">
          ${this.renderHeading(heading)}
          ${
            rotating
              ? html`<div part="controls" class="controls">
                  ${button('toggle', this.playing ? 'pause' : 'play', this.playing ? pause : play, () => this.toggle(!this.playing))}
                  ${button('previous', 'previous', previous, () => this.step(-1))}
                  ${button('next', 'next', next, () => this.step(1))}
                </div>`
              : nothing
          }
        </div>
        <div part="intro" class="intro"><slot name="intro"></slot></div>
        ${
          rotating
            ? html`<div
                part="figure"
                class="figure"
                aria-live=${this.playing && !this.held ? 'off' : 'polite'}
                aria-atomic="true"
              >
                <p part="position" class="position">${position(this.index + 1, STATS.length)}</p>
                <div class="stage">
                  <div class="current">${this.stat(STATS[this.index]!, sentences[this.index]!)}</div>
                  ${STATS.map((x, i) => html`<div class="ghost" aria-hidden="true">${this.stat(x, sentences[i]!)}</div>`)}
                </div>
              </div>`
            : html`<ul part="list" class="list">
                ${STATS.map((x, i) => html`<li part="item">${this.stat(x, sentences[i]!)}</li>`)}
              </ul>`
        }`,
      true,
    );
  }

  /** One figure: the number in the reader's language, its sentence, its year and its source. */
  private stat(x: Stat, sentence: string) {
    const t = this.t;
    const [sourceFor, sourceTitle] = t.common;
    const { url, name, title, published } = x.source;
    return html`<p>
        <strong part="value" class="value" dir="ltr">${statValue(x, t)}</strong>
        <span part="text">${sentence}</span>
      </p>
      <p part="meta" class="meta">
        ${x.year ? html`<span part="year">${x.year}</span>` : nothing}
        ${outLink(url, sourceFor(name, published), '', 'source-link', () => emit(this, 'aw-link', { url, id: x.id }), `${sourceFor(name, published)}, ${sourceTitle(title)}`)}
      </p>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('interval')) this.stop();
    this.sync();
    if (changed.get('index') !== undefined && !this.mq?.matches) {
      this.anim = this.renderRoot
        .querySelector('.current')
        ?.animate({ opacity: [0, 1], transform: ['translateY(0.5em)', 'none'] }, 300);
    }
  }

  /** Starts the timer when the ticker should be rotating and is not, stops it when it should not. */
  private sync = (): void => {
    if (!(this.isConnected && this.playing && !this.held && this.rotating && this.onScreen && !document.hidden))
      this.stop();
    else
      this.timer ??= setTimeout(
        () => {
          this.timer = undefined;
          this.index = (this.index + 1) % STATS.length;
          this.sync();
        },
        this.numberIn('interval', this.interval, 4, 60, 7, false) * 1000,
      );
  };

  private stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Pause or play at the reader's request. */
  private toggle(playing: boolean): void {
    this.chosen = true;
    if (playing === this.playing || !this.rotating) return;
    this.playing = playing;
    if (!playing) this.anim?.cancel();
    this.sync();
    emit(this, 'aw-toggle', { playing });
  }

  private hold(bit: number, on: boolean): void {
    this.held = on ? this.held | bit : this.held & ~bit;
    if (on) this.anim?.cancel();
  }

  private step(by: number): void {
    this.index = (this.index + by + STATS.length) % STATS.length;
    this.toggle(false);
  }

  /** Under reduced motion it stops; when that preference goes, it starts again unless the reader chose. */
  private onMotion = (): void => {
    const reduce = this.mq!.matches;
    if (reduce) this.anim?.cancel();
    if (reduce || !this.chosen) this.playing = !reduce;
    this.sync();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'aw-stats-ticker': AwStatsTicker;
  }
}
