import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CYBERTIPLINE_URL, EMERGENCY, HOTLINE, type Strings } from '../content/index.js';
import { emit } from './emit.js';
import { icon } from './icons.js';

/**
 * The hotline's call link, the CyberTipline link and the 911 line, rendered the same way by every
 * widget that shows them, from the one module that holds the numbers. The links fire `aw-call`
 * and `aw-report` for the partner's own analytics and never stop the navigation.
 */

/**
 * The phone link: its text, and so its accessible name, holds "NCMEC", "hotline" and the digits as
 * well as the vanity number. `hideLead` hides the lead from sight only (the compact banner).
 */
export function phoneLink(host: HTMLElement, t: Strings, className: string, hideLead?: boolean): TemplateResult {
  const [, , hotlineLead] = t.common;
  return html`<a
    part="phone-link"
    class=${className}
    href=${HOTLINE.href}
    @click=${() => emit(host, 'aw-call', { number: HOTLINE.digits, href: HOTLINE.href })}
    >${icon('phone')}<span dir="ltr"
      ><span class=${hideLead ? 'lead visually-hidden' : 'lead'}>${hotlineLead}</span>
      <span class="number"
        ><span class="nowrap">${HOTLINE.vanity}</span> <span class="nowrap">(${HOTLINE.digits})</span></span
      ></span
    ></a
  >`;
}

/** The CyberTipline link; it opens in the same tab and sends no referrer. */
export function reportLink(host: HTMLElement, t: Strings, className = 'button secondary'): TemplateResult {
  const [, , , reportOnline] = t.common;
  const [lead, name] = reportOnline.split(/(?=CyberTipline)/);
  return outLink(
    CYBERTIPLINE_URL,
    // The lead in a span of its own: a small fixed bar shows only the name (hotline-banner.styles.ts).
    html`${icon('report')}<span>${name ? html`<span class="lead">${lead}</span>${name}` : lead}</span>`,
    className,
    'report-link',
    () => emit(host, 'aw-report', { url: CYBERTIPLINE_URL }),
  );
}

/** "If a child is in immediate danger, call 911." with a dialable 911, and the line for young readers. */
export function emergencyLine(host: HTMLElement, t: Strings): TemplateResult {
  const [, , , , emergencyLead] = t.common;
  return html`<p part="emergency" class="emergency">
      ${emergencyLead}
      <a
        href=${EMERGENCY.href}
        @click=${() => emit(host, 'aw-call', { number: EMERGENCY.digits, href: EMERGENCY.href })}
        >${EMERGENCY.digits}</a
      >.
    </p>
    ${youngLine(t)}`;
}

/** For a child or teen who is being hurt or pressured: they can call or report too. */
export function youngLine(t: Strings): TemplateResult {
  const [, , , , , young] = t.common;
  return html`<p part="young" class="emergency">${young}</p>`;
}

/** A link to another site: no opener, no referrer; `label` names it when its text alone would not say enough. */
export function outLink(
  url: string,
  content: TemplateResult | string,
  className: string,
  part: string,
  onClick: () => void,
  label?: string,
): TemplateResult {
  return html`<a
    part=${part}
    class=${className}
    href=${url}
    aria-label=${ifDefined(label)}
    rel="noopener noreferrer"
    referrerpolicy="no-referrer"
    @click=${onClick}
    >${content}</a
  >`;
}
