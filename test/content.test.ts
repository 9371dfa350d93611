import { expect, fixture, html } from '@open-wc/testing';
import { LOCALES, ORDER, STATS, CYBERTIPLINE_URL, HOTLINE } from '../src/content/index.js';
import { ELEMENTS, TAGS } from '../src/registry.js';
import { define } from '../src/internal/define.js';
import { named } from './helpers.js';

for (const tag of TAGS) define(tag, ELEMENTS[tag]);

/**
 * Terms the Luxembourg Terminology Guidelines (2016) ask writers to avoid: they blame the child
 * or make abuse sound like consent. Matched case-insensitively anywhere in a locale's strings.
 */
const BANNED = [
  /child\s+prostitut/i,
  /child\s+porn/i,
  /kiddie\s+porn/i,
  /(teen|underage|juvenile)\s+prostitut/i,
  /child\s+sex\s+worker/i,
  /prostituci[oó]n\s+infantil/i,
  /pornograf[ií]a\s+infantil/i,
  /(ni[ñn][oa]s?|menor(es)?)\s+prostitut/i,
];

/** Every string of a locale, calling its functions with sample arguments. */
function allStrings(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return [1, 2, 6]
      .flatMap((n) => allStrings(fn(n, 6), `${path}(${n})`))
      .concat(allStrings(fn('reports2019', 2019), `${path}(id)`));
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => allStrings(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allStrings(v, path ? `${path}.${k}` : k));
  return [];
}

/** The shape of a locale: every key path and index, with the type of what it holds. */
function shape(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => shape(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value)
      .flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k))
      .sort();
  return [`${path}:${typeof value}`];
}

describe('content', () => {
  it('gives every locale exactly the keys English has', () => {
    const english = shape(LOCALES.en);
    for (const [lang, strings] of Object.entries(LOCALES)) {
      expect(shape(strings), lang).to.deep.equal(english);
    }
  });

  it('lists in every section of every locale one string per name of ORDER', () => {
    for (const [lang, strings] of Object.entries(LOCALES)) {
      expect(Object.keys(strings), lang).to.deep.equal(Object.keys(ORDER));
      for (const [section, names] of Object.entries(ORDER))
        expect(strings[section as keyof typeof ORDER].length, `${lang} ${section}`).to.equal(names.length);
    }
  });

  it('leaves no string empty in any locale', () => {
    for (const [lang, strings] of Object.entries(LOCALES)) {
      const empty = allStrings(strings).filter(([, s]) => s.trim() === '');
      expect(empty, lang).to.deep.equal([]);
    }
  });

  it('never uses a banned term, in any locale', () => {
    for (const [lang, strings] of Object.entries(LOCALES)) {
      const hits = allStrings(strings).filter(([, s]) => BANNED.some((re) => re.test(s)));
      expect(hits, lang).to.deep.equal([]);
    }
  });

  it('gives every statistic a value, a source name, date and https URL, and a year only when it has one', () => {
    expect(STATS.length).to.be.at.least(5);
    for (const stat of STATS) {
      expect(Number.isFinite(stat.value) && stat.value > 0, stat.id).to.be.true;
      if (stat.year !== undefined) expect(stat.year, stat.id).to.be.within(2000, stat.source.published);
      expect(stat.source.published, stat.id).to.be.within(2000, new Date().getFullYear());
      expect(stat.source.name.trim(), stat.id).to.not.equal('');
      expect(stat.source.title.trim(), stat.id).to.not.equal('');
      expect(new URL(stat.source.url).protocol, stat.id).to.equal('https:');
      for (const [lang, strings] of Object.entries(LOCALES))
        expect(named(strings).stats[stat.id], `${lang} ${stat.id}`).to.be.a('string');
    }
  });

  it('keeps the figures of the source pages exactly', () => {
    const byId = Object.fromEntries(STATS.map((s) => [s.id, s]));
    expect(byId.reports2019).to.include({ value: 10719, year: 2019 });
    expect(byId.averageAge).to.include({ value: 15 });
    expect(byId.runaways2019).to.include({ value: 26300, atLeast: true });
    expect(byId.runawayShare).to.include({ value: 6, format: 'one-in' });
    expect(byId.missingRunaways).to.include({ value: 91, format: 'percent' });
    expect(HOTLINE).to.deep.equal({ vanity: '1-800-THE-LOST', digits: '1-800-843-5678', href: 'tel:+18008435678' });
    expect(CYBERTIPLINE_URL).to.equal('https://report.cybertip.org/');
  });

  describe('every widget renders the same numbers and links in every language', () => {
    for (const tag of TAGS) {
      it(`<${tag}>`, async () => {
        const rendered: Record<string, { hrefs: string[]; digits: string[] }> = {};
        for (const lang of Object.keys(LOCALES)) {
          const el = await fixture(html`<div lang=${lang}></div>`);
          const widget = document.createElement(tag);
          widget.setAttribute('show-hotline', '');
          el.append(widget);
          await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          const root = widget.shadowRoot!;
          rendered[lang] = {
            hrefs: [...root.querySelectorAll('a')].map((a) => a.getAttribute('href')!).sort(),
            digits: (root.textContent!.match(/1-800-[0-9-]+|\b911\b/g) ?? []).sort(),
          };
        }
        expect(rendered.es, 'Spanish matches English').to.deep.equal(rendered.en);
        expect(rendered.en.hrefs.length, 'renders links').to.be.greaterThan(0);
        for (const href of rendered.en.hrefs) expect(href, 'https: or tel: only').to.match(/^(https:|tel:)/);
      });
    }
  });
});
