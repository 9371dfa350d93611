import { define } from '../../internal/define.js';
import { AwHotlineBanner } from './hotline-banner.js';

export { AwHotlineBanner };
define('aw-hotline-banner', AwHotlineBanner);
