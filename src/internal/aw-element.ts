import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LOCALES, LANGS, matchLang, type Lang, type Strings } from '../content/index.js';
import {
  THEMES,
  getConfig,
  resolveDir,
  resolveLang,
  unwatchContext,
  watchContext,
  type ContextAware,
  type Theme,
} from './context.js';
import { flag, on } from './flag.js';
import { moreButton } from './more.js';
import { quickExitLink } from './quick-exit-link.js';
import { firstRender } from './pace.js';
import { claimRoom, releaseRoom } from './room.js';

/**
 * What every widget shares: language and direction from the page, the theme, one warning per
 * bad attribute value, and a guarantee that nothing it does throws into the host page.
 */
export abstract class AwElement extends LitElement implements ContextAware {
  // Declared without decorators: the decorator runtime would cost every page about 400 bytes.
  static override properties: PropertyDeclarations = {
    theme: { reflect: true },
    quickExit: flag('quick-exit'),
    open: { state: true, attribute: false },
  };

  /** Colour theme: `light`, `dark`, or `auto` (follows the reader's system setting). */
  theme?: 'light' | 'dark' | 'auto';

  /** Shows a small "Exit this page" link that leaves for a neutral site at once (see `<aw-quick-exit>`). */
  quickExit = false;

  /** The language the widget speaks now (see `resolveLang`); `contextChanged()` re-renders. @internal */
  protected resolvedLang: Lang = 'en';

  /** The direction the widget lays out in now. @internal */
  protected resolvedDir: 'ltr' | 'rtl' = 'ltr';

  /** The ⓘ disclosure of a fixed widget on a small screen is open (see `moreToggle`). @internal */
  protected open = false;

  /** Attribute values already warned about, so each bad value is reported once. */
  private warned = new Set<string>();

  /** The strings of the resolved language. */
  protected get t(): Strings {
    return LOCALES[this.resolvedLang];
  }

  /** The theme in force: the element's valid `theme`, else the page default, else light. */
  protected get effectiveTheme(): Theme {
    return this.oneOf('theme', this.theme, THEMES, getConfig().theme ?? 'light');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    watchContext(this);
    this.contextChanged();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    unwatchContext(this);
    this.makeRoom();
  }

  /** Re-reads language and direction; called when the page's `lang`/`dir` or the global config change. @internal */
  contextChanged(): void {
    const own = this.getAttribute('lang');
    if (own !== null && own !== '' && !matchLang(own)) {
      this.warnOnce('lang', own, `one of ${LANGS.join(', ')}; using the page's language`);
    }
    this.resolvedLang = resolveLang(this);
    this.resolvedDir = resolveDir(this);
    this.requestUpdate();
  }

  /**
   * `value` when it is one of `allowed`, else `fallback` with one warning. An absent attribute
   * (null or undefined) is not a mistake and gets the fallback silently.
   */
  protected oneOf<T extends string>(
    attr: string,
    value: string | null | undefined,
    allowed: readonly T[],
    fallback: T,
  ): T {
    if (value == null) return fallback;
    const v = value.trim().toLowerCase();
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.warnOnce(attr, value, `one of ${allowed.join(', ')}; using "${fallback}"`);
    return fallback;
  }

  /**
   * A number attribute within [min, max] (a whole number when `whole`), else `fallback` with one
   * warning. `Number()` reads the attribute: "7", " 7 " and "7.0" are 7; "lots" and "" are not numbers.
   */
  protected numberIn(
    attr: string,
    value: number | string | undefined,
    min: number,
    max: number,
    fallback: number,
    whole = true,
  ): number {
    if (value == null || value === '') return fallback;
    const n = Number(value);
    if ((whole ? Number.isInteger(n) : Number.isFinite(n)) && n >= min && n <= max) return n;
    this.warnOnce(attr, value, `${whole ? 'a whole number' : 'a number'} from ${min} to ${max}; using ${fallback}`);
    return fallback;
  }

  /** One `console.warn` naming the element, the attribute and the value, once per value. */
  protected warnOnce(attr: string, value: unknown, expected: string): void {
    const key = `${attr}\u0000${String(value)}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}>: ignoring ${attr}="${String(value)}"; expected ${expected}.`);
  }

  /**
   * The box every widget renders in, its `base` part: a `<section>` with the theme, language and
   * direction in force (the styles in theme.styles.ts start from it), `className` after `base`,
   * then `content`, and the small quick-exit link last when the `quick-exit` attribute asks for
   * it. `region` names the section by the element with `id="heading"` (see `renderHeading()` in card.ts),
   * making it a region landmark: only the banner and the ticker are one (see card.ts). Without a
   * name a `<section>` is no landmark, the same to assistive technology as a `<div>`.
   */
  protected shell(className: string, content: unknown, region?: boolean): TemplateResult {
    return html`<section
      part="base"
      class=${`base ${className}`}
      data-theme=${this.effectiveTheme}
      lang=${this.resolvedLang}
      dir=${this.resolvedDir}
      aria-labelledby=${region ? 'heading' : nothing}
    >
      ${content}${this.quickExitLink()}
    </section>`;
  }

  /** The small quick-exit link, when the `quick-exit` attribute asks for it (see quick-exit-link.ts). */
  protected quickExitLink(): TemplateResult | typeof nothing {
    return on(this.quickExit) ? quickExitLink(this, this.t) : nothing;
  }

  /**
   * The first render waits until the widget comes near the screen, then for its batch (see
   * `pace.ts`), so that a long page does only the work the reader can see, in short tasks.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.hasUpdated ? super.scheduleUpdate() : firstRender(this, () => super.scheduleUpdate(), this.isUrgent());
  }

  /** Whether the first render goes first, without waiting to come near the screen: a fixed widget is on screen wherever it is placed. */
  protected isUrgent(): boolean {
    return !!this.fixedSide();
  }

  /** The edge of the window a fixed widget keeps to (the banner's and the quick exit's `position`); undefined in the page's flow. */
  protected fixedSide(): 'top' | 'bottom' | undefined {
    return undefined;
  }

  /** A fixed widget's name in the custom properties room.ts sets on the page (`--aw-<name>-top`…). */
  protected readonly roomName: string = '';

  /** The ⓘ button of a fixed widget, which CSS shows on a small screen only; it shows or hides what the widget leaves out there. */
  protected moreToggle(label: string): TemplateResult | typeof nothing {
    return this.fixedSide() ? moreButton(label, this.open, () => (this.open = !this.open)) : nothing;
  }

  /**
   * Makes room on the page (room.ts) for a fixed widget that is connected and shown, and gives it
   * back otherwise: after each render, when it leaves the page, and when it hides itself.
   */
  protected makeRoom(): void {
    const box = this.renderRoot?.querySelector<HTMLElement>('.base');
    const side = this.isConnected && !this.hidden && this.fixedSide();
    if (box && side) claimRoom(box, this.roomName, side);
    else releaseRoom(box);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.makeRoom();
  }

  /** Set once a render failed: the fallback content stays, and the widget renders no more. */
  private failed = false;

  /**
   * After a refusal, no further try: each one would be another CSP violation report (a ticker
   * rotates for ever), and another empty render.
   */
  protected override shouldUpdate(changed: PropertyValues): boolean {
    return !this.failed && super.shouldUpdate(changed);
  }

  /**
   * Renders, and if rendering fails for any reason (a host Content Security Policy that refuses
   * our Trusted Types policy, say) warns once and shows the element's own fallback content
   * instead of throwing into the page. A host's sanitising default policy (DOMPurify) lets the
   * render run but strips Lit's markers, leaving a `base` without its bound `lang` (every
   * widget binds it) and without text: that counts as a failure too.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
      if (!this.renderRoot.querySelector('[part=base][lang]')) this.showFallback('the page sanitised it away');
    } catch (error) {
      this.showFallback(error);
    }
  }

  private showFallback(error: unknown): void {
    this.failed = true;
    this.warnOnce(
      '(render)',
      'failed',
      `a page that lets the widget render; showing its fallback content (${String(error)})`,
    );
    (this.renderRoot as ShadowRoot | undefined)?.replaceChildren(document.createElement('slot'));
  }
}
