/**
 * The embed builder page (dist/builder.html): plain DOM, no framework. Every control changes the
 * choices; the choices redraw the options, the contrast checks, the preview, the snippet and the
 * address. Nothing is stored and nothing is requested beyond the page's own files.
 */
import { VERSION } from '../version.js';
import { checkColours } from './checks.js';
import { widgetsOf, type Manifest, type Option, type Widget } from './manifest.js';
import {
  KIND_LABELS,
  KINDS,
  PLATFORMS,
  SIZES,
  attributesOf,
  colourProperties,
  problems,
  snippetFor,
  type Choices,
  type Size,
} from './snippet.js';
import { readChoices, writeChoices } from './state.js';

declare const __AW_MANIFEST__: Manifest;
declare const __AW_INTEGRITY__: string;

const widgets = widgetsOf(__AW_MANIFEST__);
const release = { version: VERSION, integrity: __AW_INTEGRITY__ };
let choices: Choices = readChoices(location.search, widgets);

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

const widgetOf = (c: Choices): Widget => widgets.find((w) => w.name === c.widget)!;
const label = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');

/** A field's message (refused input, failing contrast) right under it, tied by aria-describedby. */
function setMessage(input: HTMLElement, text: string): void {
  const id = `${input.id}-message`;
  let p = document.getElementById(id);
  if (!p) {
    p = make('p', { id, class: 'message' });
    input.closest('.field')?.append(p);
    input.setAttribute('aria-describedby', [input.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
  }
  p.textContent = text;
  p.hidden = !text;
  if (text) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function optionField(option: Option, value: string | undefined): HTMLElement {
  const id = `opt-${option.name}`;
  const help = make('p', { id: `${id}-help`, class: 'help' }, option.description.replace(/`/g, ''));
  let input: HTMLInputElement | HTMLSelectElement;
  if (option.kind === 'boolean') {
    input = make('input', { id, type: 'checkbox', 'aria-describedby': help.id });
    input.checked = value !== undefined;
    return make('div', { class: 'field check' }, input, make('label', { for: id }, label(option.name)), help);
  }
  if (option.kind === 'choice') {
    input = make(
      'select',
      { id, 'aria-describedby': help.id },
      ...option.values.map((v) => make('option', { value: v }, v === option.fallback ? `${v} (default)` : v)),
    );
    input.value = value ?? option.fallback;
  } else if (option.kind === 'number') {
    input = make(
      'select',
      { id, 'aria-describedby': help.id },
      make('option', { value: '' }, option.fallback === undefined ? 'not set' : `default (${option.fallback})`),
      ...Array.from({ length: option.max - option.min + 1 }, (_, i) => String(option.min + i)).map((v) =>
        make('option', { value: v }, v),
      ),
    );
    input.value = value ?? '';
  } else {
    input = make('input', { id, type: 'url', 'aria-describedby': help.id, autocomplete: 'off', spellcheck: 'false' });
    input.value = value ?? '';
  }
  return make('div', { class: 'field' }, make('label', { for: id }, label(option.name)), input, help);
}

/** Reads an option's control back into the choices ('' = the default, so the attribute is left out). */
function readOption(option: Option): string | undefined {
  const input = $<HTMLInputElement>(`opt-${option.name}`);
  if (option.kind === 'boolean') return input.checked ? '' : undefined;
  if (option.kind === 'choice') return input.value === option.fallback ? undefined : input.value;
  return input.value.trim() === '' ? undefined : input.value.trim();
}

function drawOptions(): void {
  const widget = widgetOf(choices);
  $('widget-summary').textContent = `<${widget.tag}>: ${widget.summary}`;
  $('options').replaceChildren(...widget.options.map((o) => optionField(o, choices.attrs[o.name])));
}

function readForm(): void {
  const widget = widgetOf(choices);
  const attrs: Record<string, string> = {};
  for (const option of widget.options) {
    const value = readOption(option);
    if (value !== undefined) attrs[option.name] = value;
  }
  const radio = (name: string): string =>
    document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? '';
  choices = {
    ...choices,
    attrs,
    lang: $<HTMLSelectElement>('lang').value as Choices['lang'],
    theme: $<HTMLSelectElement>('theme').value as Choices['theme'],
    accent: $<HTMLInputElement>('accent').value.trim(),
    background: $<HTMLInputElement>('background').value.trim(),
    kind: radio('kind') as Choices['kind'],
    host: radio('host') as Choices['host'],
    path: $<HTMLInputElement>('path').value.trim(),
    size: radio('size') as Size,
  };
}

function writeForm(): void {
  $<HTMLSelectElement>('widget').value = choices.widget;
  $<HTMLSelectElement>('lang').value = choices.lang;
  $<HTMLSelectElement>('theme').value = choices.theme;
  $<HTMLSelectElement>('platform').value = choices.platform;
  for (const key of ['accent', 'background', 'path'] as const) $<HTMLInputElement>(key).value = choices[key];
  for (const [name, value] of [
    ['kind', choices.kind],
    ['host', choices.host],
    ['size', choices.size],
  ])
    document.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!.checked = true;
  syncSwatches();
}

/** The native colour pickers mirror valid typed colours. */
function syncSwatches(): void {
  for (const key of ['accent', 'background'] as const) {
    const value = choices[key];
    if (/^#[0-9a-f]{6}$/i.test(value)) $<HTMLInputElement>(`${key}-swatch`).value = value.toLowerCase();
  }
}

const isFixed = (c: Choices): boolean => ['top', 'bottom', 'fixed'].includes(c.attrs.position ?? '');

function drawPreview(): void {
  const frame = $<HTMLIFrameElement>('preview');
  const phone = isFixed(choices);
  frame.style.width = `${phone ? 375 : SIZES[choices.size]}px`;
  frame.style.height = `${phone ? 667 : 480}px`;
  $('preview-size').textContent = phone
    ? 'Shown on a phone (375 by 667 pixels), as the widget is fixed to the window.'
    : `Shown in a column ${SIZES[choices.size]} pixels wide.`;
  const doc = frame.contentDocument;
  if (!doc?.body || !doc.URL.includes('builder-preview')) return;
  const widget = widgetOf(choices);
  const el = doc.createElement(widget.tag);
  const ok = problems(choices, widget);
  for (const [k, v] of attributesOf(choices, widget)) if (!ok.has(k)) el.setAttribute(k, v);
  for (const [k, v] of colourProperties(choices)) el.style.setProperty(k, v);
  doc.body.replaceChildren(el);
}

function drawChecks(): void {
  const widget = widgetOf(choices);
  const checks = checkColours(choices, widget.tokens.includes('--aw-color-surface'));
  const box = $('contrast');
  // Redrawn only when the verdict changes: the live region then speaks once, and a focused
  // "Use …" button is not replaced under the reader's hands.
  const setAndValid = (['accent', 'background'] as const).filter(
    (k) => choices[k] && !problems(choices, widget).has(k),
  );
  const verdict = JSON.stringify([checks, setAndValid, choices.accent, choices.background]);
  if (box.dataset.verdict === verdict) return;
  box.dataset.verdict = verdict;
  const blocks = checks.map((check) => {
    const name = check.key === 'accent' ? 'brand colour' : 'background';
    const fix = check.nearest
      ? make('button', { type: 'button', 'data-use': `${check.key}=${check.nearest}` }, `Use ${check.nearest} instead`)
      : make(
          'p',
          {},
          `No ${name} passes every check for both the light and dark themes; choose one theme, light or dark, above.`,
        );
    return make(
      'div',
      { class: 'warning' },
      make('p', {}, make('strong', {}, `The ${name} ${choices[check.key]} is hard to read:`)),
      make('ul', {}, ...check.failures.map((f) => make('li', {}, f))),
      fix,
    );
  });
  if (!blocks.length && setAndValid.length)
    blocks.push(make('p', { class: 'pass' }, 'Your colours pass the WCAG 2.2 AA contrast checks.'));
  box.replaceChildren(...blocks);
}

function drawSnippet(): void {
  const widget = widgetOf(choices);
  const found = problems(choices, widget);
  for (const option of widget.options) setMessage($(`opt-${option.name}`), found.get(option.name) ?? '');
  for (const key of ['accent', 'background', 'path']) setMessage($(key), found.get(key) ?? '');
  $('path-field').hidden = choices.host !== 'self';
  const platform = PLATFORMS[choices.platform];
  $('steps-heading').textContent = `On ${platform.label}`;
  $('steps').replaceChildren(...platform.steps.map((s) => make('li', {}, s)));
  const recommended = $('recommended');
  recommended.textContent =
    platform.kind === choices.kind
      ? `The snippet recommended for ${platform.label}.`
      : `For ${platform.label} we recommend “${KIND_LABELS[platform.kind]}”.`;
  const area = $<HTMLTextAreaElement>('snippet');
  const copy = $<HTMLButtonElement>('copy');
  if (found.size) {
    area.value = '';
    copy.disabled = true;
    $('notes').replaceChildren(make('li', {}, 'Fix the choices marked above to get a snippet.'));
    return;
  }
  const snippet = snippetFor(choices, widget, release);
  area.value = snippet.code;
  area.rows = Math.min(14, snippet.code.split('\n').length + 1);
  copy.disabled = false;
  $('notes').replaceChildren(...snippet.notes.map((n) => make('li', {}, n)));
}

function update({ options = false } = {}): void {
  if (options) drawOptions();
  else readForm();
  syncSwatches();
  drawChecks();
  drawSnippet();
  drawPreview();
  history.replaceState(null, '', writeChoices(choices, widgetOf(choices)));
}

async function copySnippet(): Promise<void> {
  const area = $<HTMLTextAreaElement>('snippet');
  const status = $('status');
  status.textContent = '';
  let copied = false;
  try {
    await navigator.clipboard.writeText(area.value);
    copied = true;
  } catch {
    area.select();
    copied = document.execCommand('copy');
  }
  // A new message in the live region, in a later frame, so screen readers announce it each time.
  requestAnimationFrame(() => {
    status.textContent = copied
      ? 'Copied. Paste the snippet into your page.'
      : 'Your browser did not let the page copy: the snippet is selected, press Ctrl+C (or Command+C) to copy it.';
  });
  if (!copied) area.focus();
}

function init(): void {
  const widgetSelect = $<HTMLSelectElement>('widget');
  widgetSelect.replaceChildren(...widgets.map((w) => make('option', { value: w.name }, label(w.name))));
  $<HTMLSelectElement>('platform').replaceChildren(
    ...Object.entries(PLATFORMS).map(([id, p]) => make('option', { value: id }, p.label)),
  );
  $('kinds').append(
    ...KINDS.map((k) =>
      make(
        'div',
        { class: 'field check' },
        make('input', { type: 'radio', name: 'kind', id: `kind-${k}`, value: k }),
        make('label', { for: `kind-${k}` }, KIND_LABELS[k]),
      ),
    ),
  );
  writeForm();
  const form = $<HTMLFormElement>('choices');
  form.addEventListener('submit', (e) => e.preventDefault());
  form.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.id === 'widget') {
      choices = { ...choices, widget: target.value, attrs: {} };
      update({ options: true });
    } else if (target.id === 'platform') {
      choices = { ...choices, platform: target.value, kind: PLATFORMS[target.value].kind };
      writeForm();
      update();
    } else if (target.id.endsWith('-swatch')) {
      $<HTMLInputElement>(target.id.replace('-swatch', '')).value = target.value;
      update();
    } else update();
  });
  form.addEventListener('input', (e) => {
    const target = e.target as HTMLElement;
    if (target instanceof HTMLInputElement && ['text', 'url'].includes(target.type)) update();
  });
  document.addEventListener('click', (e) => {
    const use = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-use]');
    if (!use) return;
    const [key, value] = use.dataset.use!.split('=');
    const input = $<HTMLInputElement>(key);
    input.value = value;
    update();
    $(`${key}`).focus();
    $('status').textContent = `The ${key === 'accent' ? 'brand colour' : 'background'} is now ${value}.`;
  });
  document.querySelector('.sizes')!.addEventListener('change', () => update());
  $('copy').addEventListener('click', () => void copySnippet());
  $('preview').addEventListener('load', () => drawPreview());
  update({ options: true });
}

try {
  init();
} catch (error) {
  console.warn('Embed builder: could not start:', error);
}
