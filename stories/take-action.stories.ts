import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/take-action/define.js';

interface Args {
  layout: string;
  theme: string;
  lang: string;
  'quick-exit': boolean;
  'heading-level': number;
}

/**
 * What anyone can do, each with a real link: the hotline and the CyberTipline, a children's
 * advocacy center, NCMEC, and the facts to share. Every attribute has a control.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Take action',
  component: 'aw-take-action',
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    'quick-exit': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { layout: 'list', theme: 'light', lang: 'en', 'quick-exit': false, 'heading-level': 2 },
  render: (a) =>
    html`<aw-take-action
      layout=${a.layout}
      theme=${a.theme}
      lang=${a.lang}
      heading-level=${ifDefined(a['heading-level'])}
      ?quick-exit=${a['quick-exit']}
    ></aw-take-action>`,
};
export default meta;
type Story = StoryObj<Args>;

export const List: Story = {};
export const Grid: Story = { args: { layout: 'grid' } };
export const Dark: Story = {
  args: { theme: 'dark', layout: 'grid' },
  parameters: { backgrounds: { default: 'dark' } },
};
export const Spanish: Story = { args: { lang: 'es' } };
export const PartnerText: Story = {
  render: () =>
    html`<aw-take-action layout="grid">
      <span slot="heading">Join us this January</span>
      <span slot="intro">Five things every reader of this blog can do.</span>
    </aw-take-action>`,
};
