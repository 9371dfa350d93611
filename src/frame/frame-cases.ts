/**
 * The widget setups whose frame heights are measured (scripts/measure-heights.mjs) and looked up
 * (heights.ts): each widget's layouts, and the attributes that change its height. Attributes not
 * named here (theme, heading-level, dir, ...) do not change a widget's height.
 */
export interface FrameCase {
  /** Widget name, as in `frame.html?widget=`. */
  readonly widget: string;
  /** The attributes of this setup (`''` for a boolean attribute that is on). */
  readonly attributes: Readonly<Record<string, string>>;
}

/** Column widths (CSS px of the iframe) the heights are measured at. */
export const FRAME_WIDTHS = [320, 480, 640, 800] as const;

export const FRAME_CASES: readonly FrameCase[] = [
  { widget: 'hotline-banner', attributes: { variant: 'bar' } },
  { widget: 'hotline-banner', attributes: { variant: 'card' } },
  { widget: 'hotline-banner', attributes: { variant: 'compact' } },
  { widget: 'warning-signs', attributes: { layout: 'list' } },
  { widget: 'warning-signs', attributes: { layout: 'grid' } },
  { widget: 'warning-signs', attributes: { layout: 'list', 'show-hotline': '' } },
  { widget: 'warning-signs', attributes: { layout: 'grid', 'show-hotline': '' } },
  { widget: 'stats-ticker', attributes: { mode: 'rotating' } },
  { widget: 'stats-ticker', attributes: { mode: 'static' } },
  { widget: 'take-action', attributes: { layout: 'list' } },
  { widget: 'take-action', attributes: { layout: 'grid' } },
  { widget: 'facts', attributes: { mode: 'pairs' } },
  { widget: 'facts', attributes: { mode: 'facts' } },
  { widget: 'quick-exit', attributes: {} },
];
