/**
 * What the frame page and dist/frame-resize.js say to each other, and how the frame page checks
 * its query string. Types and two names only: both scripts stay tiny.
 */

/** Frame → host: `{ type: FRAME_MESSAGE, height }`, the frame page's height in CSS px. */
export const FRAME_MESSAGE = 'awareness-widgets:height';

/** Host → frame: `{ type: FRAME_MEASURE }`, asks the frame page to send its height again. */
export const FRAME_MEASURE = 'awareness-widgets:measure';

/** The values one widget attribute allows, as read from custom-elements.json at build time. */
export type FrameRule =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'one-of'; readonly values: readonly string[] }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'https' }
  | { readonly kind: 'text' };
