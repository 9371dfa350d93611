// Builds the showcase's matrix: every widget, every variant, in light/English, dark/Spanish and
// auto/English. Elements are created with attributes only, as a partner's HTML would have them.
const WIDGETS = [
  [
    'aw-hotline-banner',
    'Hotline banner',
    [{ variant: 'bar' }, { variant: 'bar', dismissible: '' }, { variant: 'card' }, { variant: 'compact' }],
  ],
  ['aw-warning-signs', 'Warning signs', [{}, { layout: 'grid' }, { limit: '2', 'show-hotline': '' }]],
  ['aw-stats-ticker', 'Statistics ticker', [{}, { mode: 'static' }]],
  ['aw-take-action', 'Take action', [{}, { layout: 'grid' }]],
  ['aw-facts', 'Myths and facts', [{}, { expandable: '' }, { mode: 'facts' }]],
  ['aw-quick-exit', 'Quick exit', [{}, { 'hide-note': '' }]],
];
const COLUMNS = [
  { theme: 'light', lang: 'en', label: 'light · English' },
  { theme: 'dark', lang: 'es', label: 'dark · Español' },
  { theme: 'auto', lang: 'en', label: 'auto (your system) · English' },
];

const main = document.querySelector('main');
for (const [tag, title, variants] of WIDGETS) {
  const section = document.createElement('section');
  section.className = 'widget';
  section.innerHTML = `<h2>${title} <code>&lt;${tag}&gt;</code></h2>`;
  for (const attrs of variants) {
    const variant = document.createElement('div');
    variant.className = 'variant';
    const h3 = document.createElement('h3');
    h3.textContent = `<${tag}${Object.entries(attrs)
      .map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${v}"`))
      .join('')}>`;
    const row = document.createElement('div');
    row.className = 'row';
    for (const col of COLUMNS) {
      const cell = document.createElement('div');
      cell.className = `cell ${col.theme}`;
      cell.lang = col.lang;
      const label = document.createElement('span');
      label.className = 'label';
      label.textContent = col.label;
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries({ ...attrs, theme: col.theme })) el.setAttribute(k, v);
      cell.append(label, el);
      row.append(cell);
    }
    variant.append(h3, row);
    section.append(variant);
  }
  main.append(section);
}

// Page-wide settings through the one global, as a partner's own script would.
for (const button of document.querySelectorAll('[data-configure]')) {
  button.addEventListener('click', () => {
    const [key, value] = button.dataset.configure.split('=');
    window.AwarenessWidgets?.configure({ [key]: value || undefined });
  });
}
// The library never tracks; a partner listens to its events. Shown here in the console.
for (const type of ['aw-call', 'aw-report', 'aw-dismiss', 'aw-link', 'aw-exit', 'aw-toggle']) {
  document.addEventListener(type, (e) => console.info(type, e.detail));
}
document.addEventListener('aw-exit', (e) => {
  if (!confirm('Quick exit would leave for ' + e.detail.url + ' now. Leave?')) e.preventDefault();
});
