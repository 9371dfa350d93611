/** The floor: one bare Lit element, built exactly like the library's bundle, for the size ratio. */
import { LitElement, html, css } from 'lit';

class BareElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
  `;
  protected override render() {
    return html`<p>bare</p>`;
  }
}
if (!customElements.get('bare-element')) customElements.define('bare-element', BareElement);
