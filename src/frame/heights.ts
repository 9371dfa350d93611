/**
 * STAND-IN until the platform helper's measured heights land (issue 9): the height, in CSS
 * pixels, an iframe of the frame page needs for a widget at a column width.
 */
const BASE: Record<string, number> = {
  'hotline-banner': 200,
  'warning-signs': 760,
  'stats-ticker': 380,
  'take-action': 640,
  facts: 720,
  'quick-exit': 140,
};

export function frameHeight(widget: string, attrs: Record<string, string>, width: number): number {
  const base = BASE[widget] ?? 400;
  const card = attrs.variant === 'card' ? 1.6 : 1;
  return Math.round((base * card * (width < 400 ? 1.5 : width < 700 ? 1.15 : 1)) / 10) * 10;
}
