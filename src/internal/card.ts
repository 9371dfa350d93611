import { html, type PropertyDeclarations, type TemplateResult } from 'lit';
import { AwElement } from './aw-element.js';
import { emit } from './emit.js';
import { outLink } from './hotline.js';

/** Layouts of the widgets that show a set of items. */
export const LAYOUTS = ['list', 'grid'] as const;

/**
 * What the widgets with a heading share (the banner and the ticker use the heading level only;
 * warning signs, facts and take action use it all): a `<section>` with its heading, the
 * `heading-level` attribute, `heading` and `intro` slots, and the quick-exit link. The section has
 * no name, so it is not a landmark: only the banner (the way to get help) and the ticker (a
 * carousel, after the APG pattern) are regions; a page with one of each widget has two, not five.
 */
export abstract class AwCard extends AwElement {
  static override properties: PropertyDeclarations = { headingLevel: { attribute: 'heading-level' } };

  /** Level of the heading, 1 to 6 (default 2), to fit the host page's outline. */
  headingLevel?: number;

  /** The heading's level, from `heading-level`. */
  protected get level(): number {
    return this.numberIn('heading-level', this.headingLevel, 1, 6, 2);
  }

  /** The card: heading, intro, then `body`, in the widget's shell. */
  protected renderCard(className: string, heading: string, intro: string, body: unknown): TemplateResult {
    return this.shell(`card ${className}`, [this.renderHeading(heading), this.renderIntro(intro), body]);
  }

  /**
   * The heading at the `heading-level`, with its `heading` slot around `text`; its `id` names the
   * base of a region (`shell(…, true)`).
   */
  protected renderHeading(text: string): TemplateResult {
    return html`<div id="heading" part="heading" class="heading" role="heading" aria-level=${this.level}>
      <slot name="heading">${text}</slot>
    </div>`;
  }

  /** The introductory sentence, with its `intro` slot around `text`. */
  protected renderIntro(text: string): TemplateResult {
    return html`<p part="intro" class="intro"><slot name="intro">${text}</slot></p>`;
  }

  /** An outbound link that fires `aw-link` with `id`. */
  protected link(
    url: string,
    content: TemplateResult | string,
    id: string,
    part = 'link',
    className = 'link',
  ): TemplateResult {
    return outLink(url, content, className, part, () => emit(this, 'aw-link', { url, id }));
  }
}
