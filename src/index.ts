/**
 * The ES module entry: every element class, defined on import (as `import 'awareness-widgets'`
 * promises), and `window.AwarenessWidgets`. The drop-in script paces its definitions instead
 * (see `bundle.ts`).
 */
import { start } from './start.js';
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

start(false);
