/**
 * The drop-in script: every element, defined one per task, the global, and script-tag-only embedding.
 *
 * The first imports only set the order of the script's parts, for gzip: the text of both languages,
 * then every stylesheet (they import `css` from Lit's css-tag module, not from 'lit', so nothing of
 * Lit comes between them), then the icons, then the rest. Like content packed together compresses
 * better: about 110 B less than Rollup's own order. `npm run build` prints the size.
 */
import './content/index.js';
import './components/hotline-banner/hotline-banner.styles.js';
import './components/quick-exit/quick-exit.styles.js';
import './components/stats-ticker/stats-ticker.styles.js';
import './components/take-action/take-action.styles.js';
import './components/warning-signs/warning-signs.styles.js';
import './components/facts/facts.styles.js';
import './internal/icons.js';
import { start } from './start.js';
import './embed.js';

start(true);
