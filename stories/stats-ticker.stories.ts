import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/stats-ticker/define.js';

interface Args {
  mode: string;
  interval: number;
  theme: string;
  lang: string;
  'quick-exit': boolean;
  'heading-level': number;
}

/**
 * The numbers, each with its source and date (and its own year only where the source gives one,
 * as for the 10,719 reports of 2019); a screen reader hears each source link's page title. One at
 * a time with pause/play (first in the tab order), previous and next, or all as a list. A mouse
 * over it or keyboard focus inside it holds the rotation while it lasts, without changing the
 * button; the button says "Pause" until the reader pauses, and a click, tap, Enter or Space on it
 * leaves it paused until Play. Under reduced motion it starts paused. Every attribute has a control.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Stats ticker',
  component: 'aw-stats-ticker',
  argTypes: {
    mode: { control: 'inline-radio', options: ['rotating', 'static'] },
    interval: { control: { type: 'number', min: 4, max: 60 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    'quick-exit': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { mode: 'rotating', interval: 7, theme: 'light', lang: 'en', 'quick-exit': false, 'heading-level': 2 },
  render: (a) =>
    html`<aw-stats-ticker
      mode=${a.mode}
      interval=${ifDefined(a.interval)}
      theme=${a.theme}
      lang=${a.lang}
      heading-level=${ifDefined(a['heading-level'])}
      ?quick-exit=${a['quick-exit']}
    ></aw-stats-ticker>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Rotating: Story = {};
export const Static: Story = { args: { mode: 'static' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const Spanish: Story = { args: { lang: 'es' } };
export const SlowInterval: Story = { name: 'Slow interval', args: { interval: 20 } };
export const PartnerText: Story = {
  render: () =>
    html`<aw-stats-ticker>
      <span slot="heading">Why our school talks about this</span>
      <span slot="intro"
        >These figures come from NCMEC, the national clearinghouse for missing and exploited children.</span
      >
    </aw-stats-ticker>`,
};
