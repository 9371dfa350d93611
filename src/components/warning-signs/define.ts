import { define } from '../../internal/define.js';
import { AwWarningSigns } from './warning-signs.js';

export { AwWarningSigns };
define('aw-warning-signs', AwWarningSigns);
