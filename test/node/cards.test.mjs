// The no-script cards (dist/cards/) survive Canvas's sanitiser with every link and fact intact.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import sanitizeHtml from 'sanitize-html';
import { CARD_WIDGETS, card } from '../../dist/esm/nocard/cards.js';
import { CYBERTIPLINE_URL, EMERGENCY, HOTLINE, LANGS, LOCALES, ORDER, STATS } from '../../dist/esm/content/index.js';
import { CANVAS } from './canvas-allow-list.mjs';

/** A locale's strings by name: each section's tuple as an object keyed by ORDER (types.ts). */
function named(t) {
  return Object.fromEntries(
    Object.entries(ORDER).map(([s, keys]) => [s, Object.fromEntries(keys.map((k, i) => [k, t[s][i]]))]),
  );
}

/** The strings of a section whose names end with one of `kinds` ("Title", "Text"…). */
const ending = (section, ...kinds) =>
  Object.entries(section)
    .filter(([k]) => kinds.some((kind) => k.endsWith(kind)))
    .map(([, v]) => v);

/** The text a reader sees (entities decoded, tags dropped, spaces collapsed). */
function text(html) {
  const plain = sanitizeHtml(html, { allowedTags: [], allowedAttributes: {} });
  return plain
    .replace(/&#(\d+);/g, (_m, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every link: its href and its text. */
function links(html) {
  const found = [];
  sanitizeHtml(html, {
    allowedTags: ['a'],
    allowedAttributes: { a: ['href'] },
    allowedSchemes: ['ftp', 'http', 'https', 'mailto', 'tel', 'skype', 'javascript', 'data'],
    exclusiveFilter: (frame) => {
      if (frame.tag === 'a') found.push([frame.attribs.href, frame.text.trim()]);
      return false;
    },
  });
  return found;
}

const files = readdirSync('dist/cards').sort();

test('the build writes one card per widget and language', () => {
  assert.deepEqual(files, CARD_WIDGETS.flatMap((w) => LANGS.map((l) => `${w}.${l}.html`)).sort());
});

for (const file of files) {
  const [widget, lang] = file.split('.');
  const html = readFileSync(`dist/cards/${file}`, 'utf8');

  test(`${file}: is the generator's output, plain HTML only`, () => {
    assert.equal(html, card(widget, lang));
    assert.doesNotMatch(html, /<(script|style|iframe)|\s(style|class|on\w+)=/i);
    assert.match(html, /^[\t\n -~]*$/, 'ASCII only (other characters as &#N;)');
  });

  test(`${file}: every link and fact survives Canvas's sanitiser`, () => {
    const clean = sanitizeHtml(html, CANVAS);
    assert.deepEqual(links(clean), links(html));
    assert.equal(text(clean), text(html));
    const hrefs = links(clean).map(([href]) => href);
    assert.ok(hrefs.includes(HOTLINE.href), 'the hotline tel: link');
    assert.ok(hrefs.includes(CYBERTIPLINE_URL), 'the CyberTipline');
    assert.ok(hrefs.includes(EMERGENCY.href), '911');
    const seen = text(clean);
    const t = named(LOCALES[lang]);
    for (const fact of [
      HOTLINE.vanity,
      HOTLINE.digits,
      'CyberTipline',
      t.common.emergencyLead,
      t.common.hotlineLead,
      t.common.young,
    ])
      assert.ok(seen.includes(fact), `"${fact}" in the text`);
    const heading = {
      'hotline-banner': t.banner.heading,
      'warning-signs': t.signs.heading,
      'stats-ticker': t.stats.heading,
      'take-action': t.actions.heading,
      facts: t.facts.heading,
      'quick-exit': t.exit.button,
    }[widget];
    assert.match(clean, /<h2>/);
    assert.ok(seen.includes(heading), `the heading "${heading}"`);
    assert.match(clean, new RegExp(`^<div lang="${lang}">`));
  });
}

test('the core text of each widget is in its card', () => {
  for (const lang of LANGS) {
    const t = named(LOCALES[lang]);
    const core = {
      'hotline-banner': [t.banner.intro],
      'warning-signs': [...ending(t.signs, 'Title', 'Text'), t.signs.askRight, t.signs.callOrReport, t.signs.inDanger],
      'stats-ticker': STATS.map((x) => t.stats[x.id]),
      'take-action': ending(t.actions, 'Title', 'Text'),
      facts: ending(t.facts, 'Myth', 'Fact'),
      'quick-exit': [t.exit.note],
    };
    for (const [widget, lines] of Object.entries(core)) {
      const seen = text(card(widget, lang));
      for (const line of lines) assert.ok(seen.includes(line), `${widget}.${lang}: "${line}"`);
    }
  }
});

test('bad input warns and falls back to the English hotline card', (t) => {
  const warn = t.mock.method(console, 'warn', () => {});
  assert.equal(card('<script>', 'xx', { headingLevel: 9 }), card('hotline-banner', 'en'));
  assert.equal(warn.mock.callCount(), 3);
  assert.match(String(warn.mock.calls[0].arguments[0]), /unknown widget/);
  assert.match(card('facts', 'es-MX', { headingLevel: 3 }), /^<div lang="es">\n<h3>[^<]+<\/h3>\n/);
});
