/**
 * What a screen reader hears (issue 7, point 4) and words that match their sources (point 5).
 *
 * Names are read from the browser's own accessibility tree where the browser gives it to the
 * test (Chromium, scripts/ax-plugin.mjs), and computed from the rendered DOM in the others.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LOCALES, STATS, type Lang } from '../src/content/index.js';
import { ELEMENTS, TAGS } from '../src/registry.js';
import { define } from '../src/internal/define.js';
import { axTree, domDescription, domName, named, part, parts, text, visibleText, type AxNode } from './helpers.js';

for (const tag of TAGS) define(tag, ELEMENTS[tag]);

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const LANGS = Object.keys(LOCALES) as Lang[];
/** Each language's strings by name (types.ts). */
const BY_NAME = Object.fromEntries(LANGS.map((l) => [l, named(LOCALES[l])])) as Record<Lang, ReturnType<typeof named>>;

/** How each language says "hotline". */
const HOTLINE_WORD: Record<Lang, RegExp> = { en: /\bhotline\b/i, es: /\blínea directa\b/i };

/** Places widgets (tag and attributes) in a page of `lang` and waits for their first render. */
async function page(lang: Lang, ...widgets: [string, Record<string, string>?][]): Promise<Widget[]> {
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}></div>`);
  const els = widgets.map(([tag, attrs = {}]) => {
    const el = document.createElement(tag) as Widget;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    wrapper.append(el);
    return el;
  });
  for (const el of els) await el.updateComplete;
  await new Promise((r) => requestAnimationFrame(r));
  return els;
}

/**
 * The names of `els`, in document order, from the accessibility tree when the browser gives it
 * (the nodes of `role` whose names begin with what `els` show), else computed from the DOM.
 */
async function namesOf(els: Element[], role: string): Promise<string[]> {
  const tree = await axTree();
  if (!tree) return els.map(domName);
  const seen = els.map(visibleText);
  return tree.filter((n) => n.role === role && seen.some((s) => n.name.startsWith(s))).map((n) => n.name);
}

describe('what a screen reader hears', () => {
  describe('the phone link is named with "NCMEC" and "hotline" in every variant and language', () => {
    const PLACES: [string, Record<string, string>][] = [
      ['aw-hotline-banner', { variant: 'bar' }],
      ['aw-hotline-banner', { variant: 'card' }],
      ['aw-hotline-banner', { variant: 'compact' }],
      ['aw-hotline-banner', { variant: 'compact', dismissible: '' }],
      ['aw-take-action', {}],
      ['aw-warning-signs', { 'show-hotline': '' }],
    ];
    for (const lang of LANGS)
      for (const [tag, attrs] of PLACES)
        it(`${lang}: <${tag}> ${JSON.stringify(attrs)}`, async () => {
          const [el] = await page(lang, [tag, attrs]);
          const links = parts(el!, '[part="phone-link"]');
          expect(links.length).to.equal(1);
          const tree = await axTree();
          const names = tree
            ? tree.filter((n) => n.role === 'link' && n.name.includes('1-800-843-5678')).map((n) => n.name)
            : links.map(domName);
          expect(names.length, 'one phone link in the tree').to.equal(1);
          expect(names[0]).to.contain('NCMEC').and.to.match(HOTLINE_WORD[lang]);
          expect(names[0]).to.contain('1-800-THE-LOST').and.to.contain('1-800-843-5678');
        });
  });

  describe('source links name the page they lead to', () => {
    for (const lang of LANGS)
      it(`${lang}: each of the ticker's five source links is named by its page's title and date`, async () => {
        const [ticker] = await page(lang, ['aw-stats-ticker', { mode: 'static' }]);
        const links = parts<HTMLAnchorElement>(ticker!, '[part="source-link"]');
        expect(links.length).to.equal(STATS.length);
        const names = await namesOf(links, 'link');
        expect(names.length).to.equal(STATS.length);
        const t = BY_NAME[lang].common;
        for (const [i, stat] of STATS.entries()) {
          const { name, published, title } = stat.source;
          expect(names[i], stat.id).to.equal(`${t.sourceFor(name, published)}, ${t.sourceTitle(title)}`);
          expect(names[i], stat.id).to.contain(title);
          if (lang === 'es') expect(names[i], 'says the page is in English').to.contain('(en inglés)');
        }
        expect(new Set(names).size, 'two pages, two names').to.equal(2);
      });
  });

  describe('the facts', () => {
    for (const lang of LANGS)
      it(`${lang}: keep the space after "Fact:" in the disclosures' names and lead with the fact`, async () => {
        const [el] = await page(lang, ['aw-facts', { expandable: '' }]);
        const summaries = parts(el!, 'summary');
        expect(summaries.length).to.equal(4);
        const tree = await axTree();
        const label = BY_NAME[lang].facts.factLabel;
        const names = tree
          ? tree.filter((n) => n.role === 'DisclosureTriangle' || n.role === 'disclosure triangle').map((n) => n.name)
          : summaries.map(domName);
        expect(names.length).to.equal(4);
        for (const [i, name] of names.entries()) {
          const fact = [
            BY_NAME[lang].facts.boysFact,
            BY_NAME[lang].facts.abuseFact,
            BY_NAME[lang].facts.targetsFact,
            BY_NAME[lang].facts.whereFact,
          ][i];
          expect(name).to.equal(`${label}: ${fact}`);
        }
      });
  });

  describe("a widget's quick-exit link", () => {
    for (const lang of LANGS)
      it(`${lang}: has its history note read once, as its description`, async () => {
        const [el] = await page(lang, ['aw-take-action', { 'quick-exit': '' }]);
        const link = part(el!, '[part="quick-exit"]');
        const note = BY_NAME[lang].exit.note;
        const tree = await axTree();
        if (tree) {
          const exit = tree.filter((n) => n.role === 'link' && n.name === BY_NAME[lang].exit.button);
          expect(exit.map((n) => n.description)).to.deep.equal([note]);
          const read = tree.filter((n) => n.role !== 'link' && n.name.includes(note));
          expect(
            read.map((n) => n.role),
            'not read again as text',
          ).to.deep.equal([]);
        } else {
          expect(domDescription(link)).to.equal(note);
          const target = el!.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!)!;
          expect(target.checkVisibility(), 'the note itself is hidden').to.be.false;
          expect(target.hidden).to.be.true;
        }
      });
  });

  it('a page with one of each widget has two region landmarks: the banner and the ticker', async () => {
    const widgets = await page('en', ...TAGS.map((tag): [string] => [tag]));
    expect(widgets.length).to.equal(TAGS.length);
    const tree = await axTree();
    const named = (root: ShadowRoot) =>
      [...root.querySelectorAll('section, [role="region"]')].filter(
        (s) => s.hasAttribute('aria-labelledby') || s.hasAttribute('aria-label'),
      );
    const regions = tree
      ? tree.filter((n: AxNode) => n.role === 'region').map((n) => n.name)
      : widgets.flatMap((w) => named(w.shadowRoot!).map(domName));
    expect(regions).to.have.members([BY_NAME.en.banner.heading, BY_NAME.en.stats.heading]);
    expect(regions.length).to.equal(2);
  });
});

/** Every string of a locale with its key path, calling its functions with sample arguments. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value === 'function') return [[path, String((value as (...a: unknown[]) => unknown)(1, 6))]];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}

type SourceId = 'letter' | 'month';
type Row = 'ui' | 'emergency' | 'safety' | Partial<Record<SourceId, string[]>>;
/** The same row for the strings of one item (a sign's title and text, a myth and its fact). */
const both = (item: string, parts: string[], row: Row): Record<string, Row> =>
  Object.fromEntries(parts.map((p) => [item + p, row]));
/**
 * Where each sentence comes from. `ui`: a label or a format that states no fact. `emergency`: the
 * US emergency number (facts.ts, EMERGENCY). `safety`: advice on browser history after GOV.UK's
 * "Exit a page quickly" pattern. Otherwise the NCMEC page (facts.ts) and quotes the sentence
 * derives from, checked against our plain-text copies of the pages in test/sources/.
 * A key covers the keys under it. Spanish says the same as English, key for key.
 */
const TRACE: Record<string, Row> = {
  'common.hotlineLead': { letter: ['our 24-hr hotline at 1-800-THE-LOST'] },
  'common.reportOnline': { letter: ['file a CyberTipline report online'] },
  'common.emergencyLead': 'emergency',
  'common.sourceFor': 'ui',
  'common.sourceTitle': 'ui',
  'common.young': {
    letter: [
      'If you suspect child abuse or trafficking, file a CyberTipline report online at or over the phone',
      'Reporting is everyone’s responsibility.',
    ],
  },
  'banner.emergency': 'ui',
  'banner.heading': { letter: ['If you suspect child abuse or trafficking'] },
  'banner.intro': {
    month: ['Don’t ask, “what if I’m wrong?” Ask, “what if I’m right?”', 'call the NCMEC hotline'],
    letter: ['our 24-hr hotline', 'file a CyberTipline report online'],
  },
  'banner.compactHeading': { letter: ['If you suspect child abuse or trafficking'] },
  'banner.dismiss': 'ui',
  'signs.heading': { month: ['Some signs of child sex trafficking include'] },
  'signs.intro': {
    month: ['Child sex trafficking hides in plain sight', 'Some signs of child sex trafficking include'],
  },
  ...both('signs.possessions', ['Title', 'Text'], {
    month: ['A child is in possession of large amounts of cash, prepaid cards, hotel keys, or multiple cell phones'],
  }),
  ...both('signs.identification', ['Title', 'Text'], {
    month: ['The child’s ID being held by another person, or not having any ID'],
  }),
  ...both('signs.coached', ['Title', 'Text'], {
    month: [
      'Signs that the child has been coached when talking to people, letting others speak for them, or looking at others before they speak',
    ],
  }),
  ...both('signs.tattoos', ['Title', 'Text'], {
    month: ['Tattoos that indicate money or ownership, such as “$” or barcodes'],
  }),
  ...both('signs.living', ['Title', 'Text'], {
    month: ['Evidence that the child has been living out of a suitcase, at motels or in a car'],
  }),
  'signs.carry': 'ui',
  'signs.control': 'ui',
  'signs.body': 'ui',
  'signs.whatToDo': 'ui',
  'signs.askRight': { month: ['Don’t ask, “what if I’m wrong?” Ask, “what if I’m right?”'] },
  'signs.callOrReport': {
    letter: [
      'file a CyberTipline report online at or over the phone by calling our 24-hr hotline',
      'Reporting is everyone’s responsibility.',
    ],
  },
  'signs.inDanger': 'emergency',
  'signs.more': { month: ['For more signs of child sex trafficking, go to'] },
  'signs.showMore': 'ui',
  'stats.heading': 'ui',
  'stats.pause': 'ui',
  'stats.play': 'ui',
  'stats.previous': 'ui',
  'stats.next': 'ui',
  'stats.position': 'ui',
  'stats.group': 'ui',
  'stats.percent': 'ui',
  'stats.moreThan': 'ui',
  'stats.oneIn': 'ui',
  'stats.reports2019': {
    month: ['In 2019 alone, NCMEC responded to 10,719 reports of possible child sex trafficking'],
  },
  'stats.averageAge': {
    letter: ['Today, the average age of child sex trafficking victims reported missing to NCMEC is only 15'],
  },
  'stats.runaways2019': {
    letter: ['Of the more than 26,300 endangered runaway children reported to NCMEC last year'],
  },
  'stats.runawayShare': { letter: ['1-in-6 of them were likely victims of child sex trafficking'] },
  'stats.missingRunaways': {
    month: ['91% of the cases of missing children reported to NCMEC involve children who have run away'],
  },
  'actions.heading': { letter: ['This is what you can do to fight'] },
  'actions.intro': {
    letter: [
      'a parent, a teacher, a church member, a coach, an aunt, an uncle, or anyone who comes into contact with kids',
    ],
  },
  ...both('actions.report', ['Title', 'Text'], {
    letter: [
      'If you suspect child abuse or trafficking, file a CyberTipline report online at or over the phone by calling our 24-hr hotline',
    ],
  }),
  'actions.advocacyTitle': { letter: ['Get involved with local child advocacy centers'] },
  'actions.advocacyText': {
    letter: ['Get involved with local child advocacy centers', 'vulnerable kids get the support they need'],
  },
  'actions.supportTitle': { letter: ['Support NCMEC’s efforts'] },
  'actions.supportText': {
    letter: ['Support NCMEC’s efforts to find missing children and to help exploited children'],
  },
  'actions.followTitle': { letter: ['Follow NCMEC on social media to keep up-to-date'] },
  'actions.followText': {
    letter: [
      'Follow NCMEC on social media to keep up-to-date on current and long-term cases of missing children, latest research, news, and publications',
    ],
  },
  'actions.tellTitle': {
    letter: ['This January because it’s Human Trafficking Awareness Month, raise awareness'],
  },
  'actions.tellText': {
    letter: [
      'National Slavery & Human Trafficking Prevention Month',
      'telling your friends, families, and co-workers the facts of child sex trafficking',
    ],
  },
  'actions.advocacyLink': 'ui',
  'actions.supportLink': 'ui',
  'actions.followLink': 'ui',
  'actions.tellLink': 'ui',
  'facts.heading': 'ui',
  'facts.mythLabel': 'ui',
  'facts.factLabel': 'ui',
  'facts.intro': { month: ['Being well-versed on how to identify, prevent and report this crime can save lives'] },
  'facts.sources': 'ui',
  ...both('facts.boys', ['Myth', 'Fact'], {
    month: [
      'It happens to boys, too. Child sex trafficking knows no gender; this crime can happen to anyone, anywhere.',
    ],
  }),
  ...both('facts.abuse', ['Myth', 'Fact'], {
    month: [
      'No child wants to be trafficked.',
      'This issue is about an adult preying on the vulnerabilities of kids, it’s not an issue of choice.',
      'Children being bought and sold is not prostitution, it is child abuse.',
    ],
  }),
  ...both('facts.targets', ['Myth', 'Fact'], {
    month: [
      'Traffickers often target missing children with false promises of love, safety, and affection.',
      'They take advantage of their need for food, clothing, money, and shelter.',
    ],
  }),
  ...both('facts.where', ['Myth', 'Fact'], {
    letter: [
      'No community is immune.',
      'They may recruit victims in schools, on social networking sites, at shopping malls, bus stations and foster care/group homes.',
    ],
  }),
  'exit.button': 'ui',
  'exit.shortcut': 'ui',
  'exit.note': 'safety',
  'exit.left': 'ui',
  'exit.reset': 'ui',
  'exit.framed': 'safety',
  'exit.leaving': 'ui',
  'exit.about': 'ui',
};

/** Words the sources do not support, or that read wrong; none may come back. */
const NOT_SAID: Record<Lang, RegExp[]> = {
  en: [/confront/i, /falls? through the cracks/i, /recruit[^.]*online/i, /neighbour/i, /\bAs of\b/, /^The numbers$/],
  es: [
    /confront/i,
    /desamparad/i,
    /en internet/i,
    /Reproducir/,
    /residencias/,
    /viviendo con una maleta/,
    /atendió el NCMEC/,
    /Datos de/,
  ],
};

const SOURCE_FILES: Record<SourceId, string> = {
  letter: 'sources/ncmec-letter-2020.txt',
  month: 'sources/ncmec-prevention-month-2020.txt',
};

describe('words that match their sources', () => {
  const key = (path: string) =>
    Object.keys(TRACE).find((k) => path === k || path.startsWith(`${k}.`) || path.startsWith(`${k}[`));

  it('traces every sentence of every language to a named source, or marks it as a label', () => {
    for (const lang of LANGS) {
      const untraced = leaves(BY_NAME[lang]).filter(([path]) => !key(path));
      expect(untraced, lang).to.deep.equal([]);
    }
    const used = new Set(leaves(BY_NAME.en).map(([path]) => key(path)));
    expect(
      Object.keys(TRACE).filter((k) => !used.has(k)),
      'no stale rows',
    ).to.deep.equal([]);
  });

  it('quotes the sources exactly', async () => {
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    const pages: Record<string, string> = {};
    for (const [id, file] of Object.entries(SOURCE_FILES))
      pages[id] = norm(await (await fetch(new URL(file, import.meta.url))).text());
    expect(pages.letter).to.contain('An Open Letter from Our President, John Clark');
    const missing = Object.entries(TRACE).flatMap(([k, row]) =>
      typeof row === 'string'
        ? []
        : Object.entries(row).flatMap(([page, quotes]) =>
            quotes.filter((q) => !pages[page]!.includes(norm(q))).map((q) => `${k} (${page}): ${q}`),
          ),
    );
    expect(missing).to.deep.equal([]);
  });

  it('says nothing the sources do not support, and none of the wording the issue fixed', () => {
    for (const lang of LANGS) {
      const hits = leaves(BY_NAME[lang]).filter(([, s]) => NOT_SAID[lang].some((re) => re.test(s)));
      expect(hits, lang).to.deep.equal([]);
    }
    expect(BY_NAME.en.facts.whereFact).to.contain('social networking sites');
  });

  it('holds every figure to facts.ts: a year only where the source gives one, else the source and its date', async () => {
    for (const lang of LANGS) {
      const strings = BY_NAME[lang];
      const [ticker] = await page(lang, ['aw-stats-ticker', { mode: 'static' }]);
      const items = parts(ticker!, '[part="item"]');
      expect(items.length).to.equal(STATS.length);
      for (const [i, stat] of STATS.entries()) {
        const id = `${lang} ${stat.id}`;
        // The sentence holds no number but the figure's own year.
        const digits = strings.stats[stat.id].match(/\d+/g) ?? [];
        expect(digits, id).to.deep.equal(stat.year ? [String(stat.year)] : []);
        const year = items[i]!.querySelector('[part="year"]');
        expect(year ? text(year) : null, id).to.equal(stat.year ? String(stat.year) : null);
        const link = items[i]!.querySelector('[part="source-link"]')!;
        expect(visibleText(link), id).to.equal(strings.common.sourceFor(stat.source.name, stat.source.published));
        expect(visibleText(link), id).to.contain(`NCMEC, ${stat.source.published}`);
      }
    }
    const byId = Object.fromEntries(STATS.map((s) => [s.id, s]));
    expect(byId.reports2019!.year).to.equal(2019);
    for (const id of ['averageAge', 'missingRunaways'] as const) expect(byId[id]!.year, id).to.be.undefined;
  });

  describe('speaks to a young reader wherever the hotline appears', () => {
    for (const lang of LANGS)
      for (const [tag, attrs] of [
        ['aw-hotline-banner', {}],
        ['aw-hotline-banner', { variant: 'compact' }],
        ['aw-take-action', {}],
        ['aw-warning-signs', { 'show-hotline': '' }],
      ] as [string, Record<string, string>][])
        it(`${lang}: <${tag}> ${JSON.stringify(attrs)}`, async () => {
          const [el] = await page(lang, [tag, attrs]);
          const young = part(el!, '[part="young"]');
          expect(young.checkVisibility()).to.be.true;
          expect(text(young)).to.equal(BY_NAME[lang].common.young);
          expect(text(young)).to.match(
            lang === 'en' ? /child or a teen.*call or report/ : /adolescente.*llamar o denunciar/,
          );
        });
  });

  it('warns, in both languages, that clearing all history can itself be noticed', () => {
    expect(BY_NAME.en.exit.note).to.contain('clearing all of it can itself be noticed');
    expect(BY_NAME.es.exit.note).to.contain('borrarlo todo también puede llamar la atención');
  });
});
