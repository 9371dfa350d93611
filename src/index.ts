/**
 * The bundle's entry: defines every element and sets `window.AwarenessWidgets`, once. A second
 * copy of the script (the same version or another) finds the first and defines nothing, so the
 * page keeps one definition of each element and nothing throws.
 */
import { api } from './global.js';
import { define } from './internal/define.js';
import { ELEMENTS, TAGS } from './registry.js';
import { VERSION } from './version.js';

export * from './registry.js';
export { AwFacts } from './components/facts/facts.js';
export { AwHotlineBanner } from './components/hotline-banner/hotline-banner.js';
export { AwQuickExit } from './components/quick-exit/quick-exit.js';
export { AwStatsTicker } from './components/stats-ticker/stats-ticker.js';
export { AwTakeAction } from './components/take-action/take-action.js';
export { AwWarningSigns } from './components/warning-signs/warning-signs.js';
export type { AwarenessWidgetsGlobal } from './global.js';
export type { AwEventDetails } from './internal/emit.js';
export { VERSION };

/**
 * Defines the elements one task at a time, starting after the script's own task, so that
 * evaluating the script, upgrading and rendering the widgets already on the page never make one
 * long task (each element's instances render in their own task).
 */
function defineInTurns(index = 0): void {
  const tag = TAGS[index];
  if (!tag) return;
  setTimeout(() => {
    define(tag, ELEMENTS[tag]);
    defineInTurns(index + 1);
  }, 0);
}

const existing = typeof window === 'undefined' ? undefined : window.AwarenessWidgets;
if (existing) {
  if (existing.version !== VERSION) {
    console.warn(`awareness-widgets ${existing.version} is already loaded; ignoring ${VERSION}.`);
  }
} else if (typeof window !== 'undefined') {
  Object.defineProperty(window, 'AwarenessWidgets', { value: api, configurable: true, enumerable: true });
  defineInTurns();
}
