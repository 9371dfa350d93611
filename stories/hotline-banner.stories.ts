import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/hotline-banner/define.js';

interface Args {
  variant: string;
  position: string;
  theme: string;
  lang: string;
  dismissible: boolean;
  'remember-dismiss': boolean;
  'heading-level': number;
}

/**
 * NCMEC's 24-hour hotline, the CyberTipline and 911, and a line for a child or teen who is being
 * hurt or pressured: they can call or report too. The phone link is named with "NCMEC" and
 * "hotline" in every variant (the compact one hides that lead from sight only), and the banner is
 * a region landmark named by its heading. Every attribute has a control; the
 * Docs tab lists parts, custom properties, slots and events from `custom-elements.json`.
 */
const meta: Meta<Args> = {
  title: 'Widgets/Hotline banner',
  component: 'aw-hotline-banner',
  argTypes: {
    variant: { control: 'inline-radio', options: ['bar', 'card', 'compact'] },
    position: { control: 'inline-radio', options: ['inline', 'top', 'bottom'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    lang: { control: 'inline-radio', options: ['en', 'es'] },
    dismissible: { control: 'boolean' },
    'remember-dismiss': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
  },
  args: {
    variant: 'bar',
    position: 'inline',
    theme: 'light',
    lang: 'en',
    dismissible: false,
    'remember-dismiss': false,
    'heading-level': 2,
  },
  render: (a) =>
    html`<aw-hotline-banner
      variant=${a.variant}
      position=${a.position}
      theme=${a.theme}
      lang=${a.lang}
      heading-level=${ifDefined(a['heading-level'])}
      ?dismissible=${a.dismissible}
      ?remember-dismiss=${a['remember-dismiss']}
    ></aw-hotline-banner>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Bar: Story = {};
export const Card: Story = { args: { variant: 'card' } };
export const Compact: Story = { args: { variant: 'compact' } };
export const Dismissible: Story = { args: { dismissible: true } };
export const Dark: Story = {
  args: { theme: 'dark', variant: 'card' },
  parameters: { backgrounds: { default: 'dark' } },
};
export const Spanish: Story = { args: { lang: 'es', variant: 'card' } };
export const FixedBottom: Story = { args: { position: 'bottom', dismissible: true } };
/** Fixed on a phone (or at 400% zoom): one call-and-report bar; ⓘ shows the 911 line. */
export const FixedOnAPhone: Story = {
  args: { position: 'bottom', dismissible: true, variant: 'card' },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
};
export const PartnerText: Story = {
  render: () =>
    html`<aw-hotline-banner variant="card">
      <span slot="heading">Our school stands with NCMEC</span>
      <span slot="intro">If something about a student worries you, you can call any time.</span>
    </aw-hotline-banner>`,
};
export const PartnerColours: Story = {
  render: () =>
    html`<aw-hotline-banner
      variant="card"
      style="--aw-color-accent: #6a1b9a; --aw-color-border: #6a1b9a; --aw-font-family: Georgia, serif; --aw-radius: 0;"
    ></aw-hotline-banner>`,
};
