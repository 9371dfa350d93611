import type { Stat, Strings } from '../content/index.js';

/**
 * A figure's number as a reader of `t`'s language writes it: "10,719", "91 %", "1 in 6", "More
 * than 26,300". Digits are grouped by hand, not by Intl.NumberFormat: the first one on a page
 * starts ICU, which takes over 100 ms at 4x CPU slowdown, for five small numbers. Shared by the
 * ticker and the no-script cards.
 */
export function statValue(x: Stat, t: Strings): string {
  const [group, percent, moreThan, oneIn] = t.stats;
  const n = String(x.value).replace(/\B(?=(\d{3})+$)/g, group);
  return x.format === 'percent' ? percent(n) : x.format === 'one-in' ? oneIn(n) : x.atLeast ? moreThan(n) : n;
}
