/** The drop-in script: every element, defined one per task, the global, and script-tag-only embedding. */
import { start } from './start.js';
import './embed.js';

start(true);
