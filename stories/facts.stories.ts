import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/facts/define.js';

interface Args {
  mode: string;
  expandable: boolean;
  theme: string;
  lang: string;
  'quick-exit': boolean;
  'heading-level': number;
}

/**
 * The facts that correct common myths, as labelled pairs that lead with the fact (with
 * `expandable`, each fact opens to show the myth it corrects) or facts alone, with the NCMEC pages
 * they come from, named by title and date. Every attribute has a control.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Facts',
  component: 'aw-facts',
  argTypes: {
    mode: { control: 'inline-radio', options: ['pairs', 'facts'] },
    expandable: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    'quick-exit': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: { mode: 'pairs', expandable: false, theme: 'light', lang: 'en', 'quick-exit': false, 'heading-level': 2 },
  render: (a) =>
    html`<aw-facts
      mode=${a.mode}
      theme=${a.theme}
      lang=${a.lang}
      heading-level=${ifDefined(a['heading-level'])}
      ?expandable=${a.expandable}
      ?quick-exit=${a['quick-exit']}
    ></aw-facts>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Pairs: Story = {};
export const Expandable: Story = { args: { expandable: true } };
export const FactsOnly: Story = { args: { mode: 'facts' } };
export const Dark: Story = {
  args: { theme: 'dark', expandable: true },
  parameters: { backgrounds: { default: 'dark' } },
};
export const Spanish: Story = { args: { lang: 'es' } };
export const PartnerText: Story = {
  render: () =>
    html`<aw-facts mode="facts">
      <span slot="heading">What is true</span>
      <span slot="intro">Four facts every parent in our network should know.</span>
    </aw-facts>`,
};
