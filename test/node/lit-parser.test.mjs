// The drop-in script's Lit reads templates with a parser of our own (build/lit-trim.mjs, 'template
// parser'); the build fails when it reads one of the widgets' templates differently from Lit's.
// These tests show both halves: it agrees with Lit on the HTML the widgets write, and the check
// catches the HTML it does not read, and the partial attribute values the bundle's Lit cannot bind.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAst } from 'rollup/parseAst';
import { misreadTemplate, templateParsers } from '../../build/lit-trim.mjs';

const { lit, ours } = templateParsers();
/** A template's strings, as a tag function receives them. */
const strings = (...parts) => Object.assign(parts, { raw: parts });

test('it reads the HTML the widgets write exactly as Lit does', () => {
  for (const template of [
    strings('<p>', '</p>'),
    strings('', ' ', ''),
    strings('<a href="', '" class="button ', '" @click="', '">', '<span>', '</span></a>'),
    strings('<section part="base" class="base ', '" data-theme="', '" lang="', '" dir="', '">', '', '</section>'),
    strings('<button aria-label=', ' @click=', '>', '</button>'),
    strings('<p title="a=', 'b">x</p>', ''),
    strings('<div>', '</div><p class="x ', ' y ', '">', '</p>'),
    strings('<li part="item" tabindex="', '"><span class="badge">', '</span></li>'),
    strings('<aw-facts mode=', ' ?expandable=', '></aw-facts>'),
  ]) {
    assert.deepEqual(ours(template), lit(template), template.join('${…}'));
  }
});

test('the build check finds templates it would misread', () => {
  const misread = (source) => misreadTemplate(parseAst(source))?.template;
  assert.equal(misread('html`<p class="a" title="${x}" data-n=${n}>${y}</p>`'), undefined);
  assert.equal(misread("html`<p title='${x}'></p>`"), "<p title='${…}'></p>");
  assert.equal(misread('html`<p>1 < 2 ${x}</p>`'), '<p>1 < 2 ${…}</p>');
  assert.equal(misread('html`<p ${x}></p>`'), '<p ${…}></p>');
  assert.equal(misread('html`<p title="a > b" class="${x}"></p>`'), '<p title="a > b" class="${…}"></p>');
  // Only `html` templates: CSS has `>` and `<` of its own.
  assert.equal(misread('css`.a>.b{width:${x}} @media (width<=30em){}`'), undefined);
});

test('the build check refuses a binding of part of an attribute value', () => {
  const why = (source) => misreadTemplate(parseAst(source))?.why;
  assert.match(why('html`<p class="base ${x}"></p>`'), /part of an attribute value/);
  assert.match(why('html`<p part="${x}-button"></p>`'), /part of an attribute value/);
  assert.match(why('html`<p title="${a}${b}"></p>`'), /part of an attribute value/);
  assert.equal(why('html`<p class=${`base ${x}`} part="${y}"></p>`'), undefined);
});
