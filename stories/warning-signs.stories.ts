import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/warning-signs/define.js';

interface Args {
  layout: string;
  limit: number | undefined;
  theme: string;
  lang: string;
  'show-hotline': boolean;
  'quick-exit': boolean;
  'heading-level': number;
}

/**
 * The signs a child may be trafficked, in three groups, with what to do and a link to NCMEC. Every
 * attribute has a control; the Docs tab lists parts, custom properties, slots and events from
 * `custom-elements.json`.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Warning signs',
  component: 'aw-warning-signs',
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    limit: { control: { type: 'number', min: 1, max: 5 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    'show-hotline': { control: 'boolean' },
    'quick-exit': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: {
    layout: 'list',
    limit: undefined,
    theme: 'light',
    lang: 'en',
    'show-hotline': false,
    'quick-exit': false,
    'heading-level': 2,
  },
  render: (a) =>
    html`<aw-warning-signs
      layout=${a.layout}
      limit=${ifDefined(a.limit)}
      theme=${a.theme}
      lang=${a.lang}
      heading-level=${ifDefined(a['heading-level'])}
      ?show-hotline=${a['show-hotline']}
      ?quick-exit=${a['quick-exit']}
    ></aw-warning-signs>`,
};
export default meta;
type Story = StoryObj<Args>;

export const List: Story = {};
export const Grid: Story = { args: { layout: 'grid' } };
export const Limited: Story = { args: { limit: 2 } };
export const WithHotline: Story = { args: { 'show-hotline': true } };
export const Dark: Story = {
  args: { theme: 'dark', layout: 'grid', 'show-hotline': true },
  parameters: { backgrounds: { default: 'dark' } },
};
export const Spanish: Story = { args: { lang: 'es', limit: 3, 'show-hotline': true } };
export const RightToLeft: Story = {
  render: () => html`<div dir="rtl"><aw-warning-signs limit="3"></aw-warning-signs></div>`,
};
export const PartnerText: Story = {
  render: () =>
    html`<aw-warning-signs layout="grid" show-hotline>
      <span slot="heading">Know the signs</span>
      <span slot="intro">Our district asks every adult who works with students to learn them.</span>
    </aw-warning-signs>`,
};
