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
  type ActionId,
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

/** Where each action's link goes, as in `<aw-take-action>` (the report action has the hotline block). */
const ACTION_LINKS: Readonly<Record<Exclude<ActionId, 'report'>, string>> = {
  advocacy: CHILD_ADVOCACY_CENTERS_URL,
  support: NCMEC_HOME_URL,
  follow: NCMEC_HOME_URL,
  tell: NCMEC_PREVENTION_MONTH_2020.url,
};

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
  return [
    p(`${escapeHtml(t.common.hotlineLead)} ${a(HOTLINE.href, `${HOTLINE.vanity} (${HOTLINE.digits})`)}`),
    p(a(CYBERTIPLINE_URL, t.common.reportOnline)),
    p(`${escapeHtml(t.common.emergencyLead)} ${a(EMERGENCY.href, t.common.emergencyCall)}.`),
    p(escapeHtml(t.common.young)),
  ];
}

/** The lines of one widget's card, between its heading and the hotline block. */
function body(widget: CardWidget, t: Strings, sub: number): { heading: string; lines: string[] } {
  const h = (text: string): string => `<h${sub}>${escapeHtml(text)}</h${sub}>`;
  switch (widget) {
    case 'warning-signs': {
      const s = t.signs;
      return {
        heading: s.heading,
        lines: [
          p(escapeHtml(s.intro)),
          list(
            'ul',
            Object.values(s.items).map((x) => `<strong>${escapeHtml(x.title)}.</strong> ${escapeHtml(x.text)}`),
          ),
          h(s.whatToDo),
          list('ol', s.whatToDoSteps.map(escapeHtml)),
          p(a(NCMEC_TRAFFICKING_URL, s.more)),
        ],
      };
    }
    case 'stats-ticker':
      return {
        heading: t.stats.heading,
        lines: [
          list(
            'ul',
            STATS.map(
              (x) =>
                `<strong>${escapeHtml(statValue(x, t))}</strong> ${escapeHtml(t.stats.items[x.id])} ` +
                `(${x.year ? `${x.year}; ` : ''}${a(x.source.url, t.common.sourceFor(x.source.name, x.source.published))})`,
            ),
          ),
        ],
      };
    case 'take-action': {
      const { items } = t.actions;
      return {
        heading: t.actions.heading,
        lines: [
          p(escapeHtml(t.actions.intro)),
          list('ul', [
            `<strong>${escapeHtml(items.report.title)}.</strong> ${escapeHtml(items.report.text)}`,
            ...(Object.keys(ACTION_LINKS) as (keyof typeof ACTION_LINKS)[]).map(
              (id) =>
                `<strong>${escapeHtml(items[id].title)}.</strong> ${escapeHtml(items[id].text)} ` +
                a(ACTION_LINKS[id], items[id].link),
            ),
          ]),
        ],
      };
    }
    case 'facts': {
      const f = t.facts;
      const sources = [NCMEC_PREVENTION_MONTH_2020, NCMEC_LETTER_2020];
      return {
        heading: f.heading,
        lines: [
          p(escapeHtml(f.intro)),
          list(
            'ul',
            Object.values(f.items).map(
              (x) =>
                `<strong>${escapeHtml(f.mythLabel)}:</strong> ${escapeHtml(x.myth)} ` +
                `<strong>${escapeHtml(f.factLabel)}:</strong> ${escapeHtml(x.fact)}`,
            ),
          ),
          p(
            `${escapeHtml(f.sources)}: ` +
              sources.map((s) => a(s.url, `${s.name}, ${s.published}, ${t.common.sourceTitle(s.title)}`)).join('; '),
          ),
        ],
      };
    }
    case 'quick-exit':
      return {
        heading: t.exit.button,
        lines: [p(a(NEUTRAL_URL, t.exit.button)), p(escapeHtml(t.exit.note))],
      };
    default:
      return { heading: t.banner.heading, lines: [p(escapeHtml(t.banner.intro))] };
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
