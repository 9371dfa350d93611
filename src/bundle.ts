/** The drop-in script: every element, the global, and script-tag-only embedding. */
import './index.js';
import './embed.js';
