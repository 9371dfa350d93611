import { define } from '../../internal/define.js';
import { AwQuickExit } from './quick-exit.js';

export { AwQuickExit };
define('aw-quick-exit', AwQuickExit);
