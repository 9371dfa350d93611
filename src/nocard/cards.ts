/**
 * STAND-IN until the platform helper's no-script cards land (issue 9): plain HTML for a widget
 * in a language, with the hotline and the CyberTipline, that survives rich-text sanitisers.
 */
export function card(widget: string, lang: 'en' | 'es'): string {
  const es = lang === 'es';
  return `<div lang="${lang}" data-aw-card="${widget}"><p><strong>${es ? 'Línea directa de NCMEC, las 24 horas' : "NCMEC's 24-hour hotline"}</strong></p><p><a href="tel:+18008435678">1-800-THE-LOST (1-800-843-5678)</a></p><p><a href="https://report.cybertip.org/">CyberTipline</a></p></div>`;
}
