import { define } from '../../internal/define.js';
import { AwStatsTicker } from './stats-ticker.js';

export { AwStatsTicker };
define('aw-stats-ticker', AwStatsTicker);
