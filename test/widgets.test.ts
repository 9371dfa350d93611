/**
 * The rules every widget shares, checked the same way for each: language, right-to-left layout,
 * theme, warnings, the quick-exit link, and axe in the second language and the dark theme.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ELEMENTS, TAGS } from '../src/registry.js';
import { define } from '../src/internal/define.js';
import { captureWarnings, expectAccessible, part } from './helpers.js';

for (const tag of TAGS) define(tag, ELEMENTS[tag]);

type Widget = HTMLElement & { updateComplete: Promise<unknown>; requestUpdate(): void };

async function place(
  tag: string,
  attrs: Record<string, string> = {},
  wrapperAttrs: Record<string, string> = {},
): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  for (const [k, v] of Object.entries(wrapperAttrs)) wrapper.setAttribute(k, v);
  const el = document.createElement(tag) as Widget;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

/** sRGB relative luminance of a CSS colour, resolved by the browser. */
function luminance(color: string, probeRoot: Element): number {
  const probe = document.createElement('span');
  probe.style.color = color;
  probeRoot.append(probe);
  const [r, g, b] = getComputedStyle(probe)
    .color.match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  probe.remove();
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string, root: Element): number {
  const [x, y] = [luminance(a, root), luminance(b, root)].sort((m, n) => n - m);
  return (x + 0.05) / (y + 0.05);
}

for (const tag of TAGS) {
  describe(`<${tag}> shared behaviour`, () => {
    for (const theme of ['light', 'dark']) {
      it(`keeps focus rings and control borders at 3:1 or more against its background (${theme})`, async () => {
        const el = await place(tag, { theme, 'quick-exit': '' });
        const base = part(el, '[part="base"]');
        const style = getComputedStyle(base);
        const background = style.getPropertyValue('--_bg').trim();
        expect(
          contrast(style.getPropertyValue('--_focus').trim(), background, document.body),
          'focus ring',
        ).to.be.at.least(3);
        const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.button, .icon-button')];
        for (const control of controls) {
          const border = getComputedStyle(control);
          if (border.borderTopStyle === 'none' || parseFloat(border.borderTopWidth) === 0) continue;
          // Against what is painted behind the control: the nearest box with a background.
          let behind = control.parentElement;
          while (behind && getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)')
            behind = behind.parentElement;
          const paint = behind ? getComputedStyle(behind).backgroundColor : background;
          expect(
            contrast(border.borderTopColor, paint, document.body),
            `${control.getAttribute('part')} border`,
          ).to.be.at.least(3);
        }
      });
    }

    it('passes axe in Spanish in the dark theme', async () => {
      const el = await place(tag, { theme: 'dark' }, { lang: 'es' });
      expect(part(el, '[part="base"]').lang).to.equal('es');
      await expectAccessible(el);
    });

    it('lays out right to left inside dir="rtl"', async () => {
      const el = await place(tag, {}, { dir: 'rtl', lang: 'en' });
      const base = part(el, '[part="base"]');
      expect(base.dir).to.equal('rtl');
      expect(getComputedStyle(base).direction).to.equal('rtl');
      if (tag === 'aw-quick-exit') {
        // No heading: the button's icon, which leads its label, sits to the right of the label.
        const button = part(el, '[part="button"]');
        const iconBox = button.querySelector('svg')!.getBoundingClientRect();
        const label = button.querySelector('span')!.getBoundingClientRect();
        expect(iconBox.left, 'icon right of the label').to.be.at.least(label.right - 1);
        return;
      }
      // The heading's text starts at the right edge of the heading's box. (All of the text's
      // rects: in right-to-left text a trailing "?" is a run of its own at the far left.)
      const heading = part(el, '[part="heading"]');
      const range = document.createRange();
      range.selectNodeContents(heading);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const right = Math.max(...rects.map((r) => r.right));
      const box = heading.getBoundingClientRect();
      expect(box.right - right, 'text starts at the right of the heading').to.be.lessThan(2);
      // Sentences keep their own (left-to-right) order: the heading's last character, a "?" for
      // the banner, ends the line at the right instead of jumping to its left end.
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.textContent!.trim() ? 1 : 3),
      });
      let last: Text | undefined;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
      const end = last!.textContent!.trimEnd().length;
      range.setStart(last!, end - 1);
      range.setEnd(last!, end);
      expect(Math.abs(range.getBoundingClientRect().right - right), 'last character at the right end').to.be.lessThan(
        2,
      );
      // Phone numbers keep their order: 1-800-THE-LOST, then (1-800-843-5678).
      el.setAttribute('show-hotline', '');
      await el.updateComplete;
      const numbers = [...el.shadowRoot!.querySelectorAll('[part="phone-link"] .nowrap')].map((n) =>
        n.getBoundingClientRect(),
      );
      if (numbers.length === 2) {
        const [a, b] = numbers;
        const inOrder = a.bottom <= b.top + 1 || (Math.abs(a.top - b.top) < 2 && a.left < b.left);
        expect(inOrder, 'vanity number before the digits').to.be.true;
      }
    });

    it('warns once about a bad theme and uses the light theme', async () => {
      let el!: Widget;
      const warnings = await captureWarnings(async () => {
        el = await place(tag, { theme: 'neon' });
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(`<${tag}>`).and.to.contain('theme="neon"');
      expect(part(el, '[part="base"]').dataset.theme).to.equal('light');
    });

    it('shows the small quick-exit link only with the quick-exit attribute', async () => {
      const plain = await place(tag);
      expect(plain.shadowRoot!.querySelectorAll('[part="quick-exit"]').length).to.equal(0);
      if (tag === 'aw-quick-exit') return; // the quick exit is itself the exit
      const asked = await place(tag, { 'quick-exit': '' });
      const link = part<HTMLAnchorElement>(asked, '[part="quick-exit"]');
      expect(link.textContent!.trim()).to.equal('Exit this page');
      expect(link.href).to.match(/^https:/);
      const note = asked.shadowRoot!.getElementById(link.getAttribute('aria-describedby')!);
      expect(note?.textContent, 'described by the honest note about history').to.contain(
        'does not erase your browsing history',
      );
    });

    it('reflects the quick-exit flag and the theme set as properties, and removes a flag set to false', async () => {
      const el = (await place(tag)) as Widget & { quickExit: boolean; theme?: string };
      expect(el.hasAttribute('quick-exit'), 'an unset flag writes no attribute').to.be.false;
      el.quickExit = true;
      el.theme = 'dark';
      await el.updateComplete;
      expect(el.getAttribute('quick-exit')).to.equal('');
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(part(el, '[part="base"]').dataset.theme).to.equal('dark');
      el.quickExit = false;
      await el.updateComplete;
      expect(el.hasAttribute('quick-exit'), 'false removes the attribute, never writes "false"').to.be.false;
    });

    it('speaks the language of a section around it over configure(), and configure() over <html lang>', async () => {
      const { setConfig } = await import('../src/internal/context.js');
      const html = document.documentElement;
      const pageLang = html.getAttribute('lang');
      try {
        setConfig({ lang: 'en' });
        const inSection = await place(tag, {}, { lang: 'es' });
        expect(part(inSection, '[part="base"]').lang, 'section lang="es"').to.equal('es');
        html.setAttribute('lang', 'es');
        const onPage = await place(tag);
        expect(part(onPage, '[part="base"]').lang, 'configure() over <html lang="es">').to.equal('en');
        setConfig({ lang: undefined });
        onPage.requestUpdate();
        await onPage.updateComplete;
        expect(part(onPage, '[part="base"]').lang, '<html lang="es">').to.equal('es');
      } finally {
        setConfig({ lang: undefined });
        if (pageLang === null) html.removeAttribute('lang');
        else html.setAttribute('lang', pageLang);
      }
    });

    it('follows AwarenessWidgets.configure({ lang }) and then its own lang over it', async () => {
      const { setConfig } = await import('../src/internal/context.js');
      try {
        setConfig({ lang: 'es' });
        const plain = await place(tag);
        expect(part(plain, '[part="base"]').lang).to.equal('es');
        const own = await place(tag, { lang: 'en' });
        expect(part(own, '[part="base"]').lang).to.equal('en');
      } finally {
        setConfig({ lang: undefined });
      }
    });
  });
}
