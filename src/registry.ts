import { AwFacts } from './components/facts/facts.js';
import { AwHotlineBanner } from './components/hotline-banner/hotline-banner.js';
import { AwQuickExit } from './components/quick-exit/quick-exit.js';
import { AwStatsTicker } from './components/stats-ticker/stats-ticker.js';
import { AwTakeAction } from './components/take-action/take-action.js';
import { AwWarningSigns } from './components/warning-signs/warning-signs.js';

/**
 * Every element of the library, by tag, in the order they are defined: the quick exit first,
 * so a reader who may be watched can leave as early as possible.
 */
export const ELEMENTS = {
  'aw-quick-exit': AwQuickExit,
  'aw-hotline-banner': AwHotlineBanner,
  'aw-warning-signs': AwWarningSigns,
  'aw-stats-ticker': AwStatsTicker,
  'aw-take-action': AwTakeAction,
  'aw-facts': AwFacts,
} as const satisfies Record<string, CustomElementConstructor>;

export type Tag = keyof typeof ELEMENTS;
export const TAGS = Object.keys(ELEMENTS) as Tag[];
