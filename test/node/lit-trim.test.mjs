// build/lit-trim.mjs removes from the drop-in script's Lit what the widgets never use. Its
// SOURCE_CHECKS fail the build when a widget's source starts to use one of those things; these
// tests show that the checks added for the last trims catch what they must and let pass what
// the widgets write.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sourceCheck } from '../../build/lit-trim.mjs';

test('a Boolean property needs its own converter (flag())', () => {
  assert.match(sourceCheck('static properties = { open: { type: Boolean } };'), /Boolean property/);
  assert.equal(sourceCheck('export const flag = () => ({ type: Boolean, reflect: true, converter: on });'), undefined);
});

test('no firstUpdated', () => {
  assert.match(sourceCheck('protected override firstUpdated() {}'), /firstUpdated/);
  assert.equal(sourceCheck('// firstUpdated is not used\nconst a = 1;'), undefined);
});

test('an event binding is a function', () => {
  assert.match(sourceCheck('html`<a @click=${open ? go : nothing}>`'), /event binding/);
  assert.match(sourceCheck('html`<a @click=${handlers.go}>`'), /event binding/);
  for (const ok of [
    '@click=${this.onClick}',
    '@click=${action}',
    '@click=${() => go()}',
    '@click=${(e: MouseEvent) => go(e)}',
  ])
    assert.equal(sourceCheck(`html\`<a ${ok}>\``), undefined, ok);
});

test('a css literal holds no backslash and interpolates only css results', () => {
  assert.match(sourceCheck("css`.a::before{content:'\\2014'}`"), /backslash/);
  assert.match(sourceCheck("css`.a{color:${'red'}}`"), /interpolating/);
  assert.equal(sourceCheck('css`.base{${dark}}`'), undefined);
});
