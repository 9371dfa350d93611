/**
 * The floor for long pages: bare Lit elements under the widgets' own tags, each rendering the
 * markup and CSS that the widget renders (captured from the built widgets by bench/long-pages.mjs
 * and put on the page as `window.FLOOR`), with one static template each and nothing else: no
 * language, theme, events, pacing or checks. Built exactly like the library's bundle.
 */
import { LitElement, html, unsafeCSS, type CSSResultGroup, type TemplateResult } from 'lit';

/** Markup and CSS by tag, and by `position` for the variants that differ (a fixed banner). */
type Floor = Record<string, { html: string; css: string }>;

const floor = (window as unknown as { FLOOR: Floor }).FLOOR;

/** A template made once from captured markup, as if it had been written in the source. */
function template(markup: string): TemplateStringsArray {
  return Object.assign([markup], { raw: [markup] });
}

const tags = new Set(Object.keys(floor).map((key) => key.split(' ')[0]!));
for (const tag of tags) {
  const variants = Object.fromEntries(
    Object.entries(floor)
      .filter(([key]) => key.split(' ')[0] === tag)
      .map(([key, { html: markup }]) => [key, template(markup)]),
  );
  customElements.define(
    tag,
    class extends LitElement {
      static override styles: CSSResultGroup = unsafeCSS(floor[tag]!.css);
      protected override render(): TemplateResult {
        const position = this.getAttribute('position');
        return html(variants[position ? `${tag} ${position}` : tag] ?? variants[tag]!);
      }
    },
  );
}
