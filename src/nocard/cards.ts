/**
 * The no-script cards: each widget's essential content as plain HTML (headings, paragraphs, lists
 * and links; no `style`, `class` or script), for editors that strip both scripts and iframes
 * (Canvas pages, some blog and newsletter editors) and as the fallback inside an element.
 *
 * Every card carries the hotline's `tel:` link with its digits, the CyberTipline and 911, written
 * from the content module, so a card cannot say a number the widgets do not. The build writes one
 * file per widget and language to `dist/cards/<widget>.<lang>.html`; the embed builder calls
 * `card()` directly. Runs in browsers and in Node (no DOM needed).
 *
 * The output is ASCII (other characters as numeric references), so a page or an editor in another
 * encoding cannot garble the Spanish.
 */
import {
  CHILD_ADVOCACY_CENTERS_URL,
  CYBERTIPLINE_URL,
  EMERGENCY,
  HOTLINE,
  LANGS,
  LOCALES,
  NCMEC_HOME_URL,
  NCMEC_LETTER_2020,
  NCMEC_PREVENTION_MONTH_2020,
  NCMEC_TRAFFICKING_URL,
  STATS,
  matchLang,
  type Lang,
  type Strings,
} from '../content/index.js';
import { NEUTRAL_URL } from '../internal/exit.js';
import { statValue } from '../internal/stat-text.js';

/** The widgets that have a card (every widget), by the name used in `data-embed` and the frame page. */
export const CARD_WIDGETS = [
  'hotline-banner',
  'warning-signs',
  'stats-ticker',
  'take-action',
  'facts',
  'quick-exit',
] as const;

export type CardWidget = (typeof CARD_WIDGETS)[number];

export interface CardOptions {
  /** Level of the card's heading, 1 to 6 (default 2), to fit the host page's outline. */
  headingLevel?: number;
}

/**
 * Where each action after the report goes, as in `<aw-take-action>` (the report action has the
 * hotline block), in the order the locales list the actions (types.ts).
 */
const ACTION_LINKS = [CHILD_ADVOCACY_CENTERS_URL, NCMEC_HOME_URL, NCMEC_HOME_URL, NCMEC_PREVENTION_MONTH_2020.url];

/** Pairs of strings (a sign's title and text, a myth and its fact) as `[first, second]` tuples. */
const pairs = (strings: readonly string[]): [string, string][] =>
  strings.flatMap((s, i) => (i % 2 ? [] : [[s, strings[i + 1]!] as [string, string]]));

/** Text as HTML: the five markup characters escaped, and everything outside ASCII as `&#N;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']|[^\x20-\x7e\n]/gu, (c) => `&#${c.codePointAt(0)};`);
}

const a = (href: string, text: string): string => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
const p = (html: string): string => `<p>${html}</p>`;
const list = (tag: 'ul' | 'ol', items: readonly string[]): string =>
  [`<${tag}>`, ...items.map((item) => `  <li>${item}</li>`), `</${tag}>`].join('\n');

/** The hotline, the CyberTipline and 911: the lines every card ends with. */
function hotline(t: Strings): string[] {
  const [, , hotlineLead, reportOnline, emergencyLead, young] = t.common;
  return [
    p(`${escapeHtml(hotlineLead)} ${a(HOTLINE.href, `${HOTLINE.vanity} (${HOTLINE.digits})`)}`),
    p(a(CYBERTIPLINE_URL, reportOnline)),
    p(`${escapeHtml(emergencyLead)} ${a(EMERGENCY.href, EMERGENCY.digits)}.`),
    p(escapeHtml(young)),
  ];
}

/** The lines of one widget's card, between its heading and the hotline block. */
function body(widget: CardWidget, t: Strings, sub: number): { heading: string; lines: string[] } {
  const h = (text: string): string => `<h${sub}>${escapeHtml(text)}</h${sub}>`;
  const [sourceFor, sourceTitle] = t.common;
  switch (widget) {
    case 'warning-signs': {
      const [heading, intro, , , , whatToDo, askRight, callOrReport, inDanger, more, , ...signs] = t.signs;
      return {
        heading,
        lines: [
          p(escapeHtml(intro)),
          list(
            'ul',
            pairs(signs).map(([title, text]) => `<strong>${escapeHtml(title)}.</strong> ${escapeHtml(text)}`),
          ),
          h(whatToDo),
          list('ol', [askRight, callOrReport, inDanger].map(escapeHtml)),
          p(a(NCMEC_TRAFFICKING_URL, more)),
        ],
      };
    }
    case 'stats-ticker': {
      const [, , , , heading, , , , , , ...sentences] = t.stats;
      return {
        heading,
        lines: [
          list(
            'ul',
            STATS.map(
              (x, i) =>
                `<strong>${escapeHtml(statValue(x, t))}</strong> ${escapeHtml(sentences[i]!)} ` +
                `(${x.year ? `${x.year}; ` : ''}${a(x.source.url, sourceFor(x.source.name, x.source.published))})`,
            ),
          ),
        ],
      };
    }
    case 'take-action': {
      const [heading, intro, reportTitle, reportText, ...linked] = t.actions;
      return {
        heading,
        lines: [
          p(escapeHtml(intro)),
          list('ul', [
            `<strong>${escapeHtml(reportTitle)}.</strong> ${escapeHtml(reportText)}`,
            // Each action after the report: its title, text and link text.
            ...ACTION_LINKS.map(
              (url, i) =>
                `<strong>${escapeHtml(linked[3 * i]!)}.</strong> ${escapeHtml(linked[3 * i + 1]!)} ` +
                a(url, linked[3 * i + 2]!),
            ),
          ]),
        ],
      };
    }
    case 'facts': {
      const [heading, intro, mythLabel, factLabel, sourcesLabel, ...facts] = t.facts;
      const sources = [NCMEC_PREVENTION_MONTH_2020, NCMEC_LETTER_2020];
      return {
        heading,
        lines: [
          p(escapeHtml(intro)),
          list(
            'ul',
            pairs(facts).map(
              ([myth, fact]) =>
                `<strong>${escapeHtml(mythLabel)}:</strong> ${escapeHtml(myth)} ` +
                `<strong>${escapeHtml(factLabel)}:</strong> ${escapeHtml(fact)}`,
            ),
          ),
          p(
            `${escapeHtml(sourcesLabel)}: ` +
              sources.map((s) => a(s.url, `${s.name}, ${s.published}, ${sourceTitle(s.title)}`)).join('; '),
          ),
        ],
      };
    }
    case 'quick-exit': {
      const [button, note] = t.exit;
      return { heading: button, lines: [p(a(NEUTRAL_URL, button)), p(escapeHtml(note))] };
    }
    default: {
      const [heading, intro] = t.banner;
      return { heading, lines: [p(escapeHtml(intro))] };
    }
  }
}

/**
 * One widget's card in one language, as an HTML fragment wrapped in `<div lang>`. An unknown
 * widget or language, or a heading level outside 1 to 6, gets one `console.warn` and the default
 * (the hotline banner, English, level 2).
 */
export function card(widget: string, lang: string = 'en', options: CardOptions = {}): string {
  let name = widget as CardWidget;
  if (!CARD_WIDGETS.includes(name)) {
    console.warn(`awareness-widgets cards: unknown widget "${widget}"; expected one of ${CARD_WIDGETS.join(', ')}.`);
    name = 'hotline-banner';
  }
  let l: Lang | undefined = matchLang(lang);
  if (!l) {
    console.warn(`awareness-widgets cards: unknown language "${lang}"; expected one of ${LANGS.join(', ')}.`);
    l = 'en';
  }
  let level = options.headingLevel ?? 2;
  if (!Number.isInteger(level) || level < 1 || level > 6) {
    console.warn(`awareness-widgets cards: heading level "${String(level)}" is not 1 to 6; using 2.`);
    level = 2;
  }
  const t = LOCALES[l];
  const { heading, lines } = body(name, t, Math.min(level + 1, 6));
  return [
    `<div lang="${l}">`,
    `<h${level}>${escapeHtml(heading)}</h${level}>`,
    ...lines,
    ...hotline(t),
    '</div>',
    '',
  ].join('\n');
}

/** Every card, by file name (`hotline-banner.es.html`), for the build. */
export function allCards(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const widget of CARD_WIDGETS) for (const lang of LANGS) out[`${widget}.${lang}.html`] = card(widget, lang);
  return out;
}
