import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/quick-exit/define.js';
import '../src/components/hotline-banner/define.js';

interface Args {
  href: string;
  position: string;
  theme: string;
  lang: string;
  'hide-note': boolean;
}

/**
 * A safety button for readers who may be watched: it hides the page and replaces it with a
 * neutral site, also on Shift pressed alone three times, each within five seconds of the last (a
 * screen-reader status says how many are left; a Shift typed with another key counts as another
 * key). Inside a frame it says that the button may open a new tab. In Storybook the exit is cancelled (see the
 * `aw-exit` listener below) so the docs stay open; on a real page it leaves at once.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Quick exit',
  component: 'aw-quick-exit',
  argTypes: {
    href: { control: 'text' },
    position: { control: 'inline-radio', options: ['inline', 'fixed'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    'hide-note': { control: 'boolean' },
  },
  args: { href: '', position: 'inline', theme: 'light', lang: 'en', 'hide-note': false },
  render: (a) =>
    html`<aw-quick-exit
      href=${ifDefined(a.href || undefined)}
      position=${a.position}
      theme=${a.theme}
      lang=${a.lang}
      ?hide-note=${a['hide-note']}
      @aw-exit=${(e: Event) => e.preventDefault()}
    ></aw-quick-exit>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Inline: Story = {};
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const Spanish: Story = { args: { lang: 'es' } };
export const WithoutNote: Story = { args: { 'hide-note': true } };
export const CustomDestination: Story = { args: { href: 'https://www.example.org/' } };

/**
 * Fixed in the window's top corner, below a fixed top banner, with room made for both at the top
 * of the page. On a phone (the mobile viewport here) or at 400% zoom it is just its button and an
 * ⓘ that shows the shortcut and the advice about history; the banner is a call-and-report bar.
 */
export const FixedWithBanner: Story = {
  args: { position: 'fixed' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  render: (a) =>
    html`<aw-hotline-banner position="top" dismissible lang=${a.lang} theme=${a.theme}></aw-hotline-banner>
      <aw-quick-exit
        position="fixed"
        lang=${a.lang}
        theme=${a.theme}
        @aw-exit=${(e: Event) => e.preventDefault()}
      ></aw-quick-exit>
      <p>The page's own text starts below both widgets.</p>`,
};
