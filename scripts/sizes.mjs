/**
 * The drop-in bundle's size budget, in one place: `npm run build` fails above it and
 * `npm run bench` reports against it. Gzip at level 9 of dist/awareness-widgets.js.
 *
 * Raised for a moment while the open issues land; issue 11 brings it down to 18 KB (18,432 B).
 */
export const BUDGET_GZIP = 24 * 1024;
