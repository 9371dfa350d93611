import { define } from '../../internal/define.js';
import { AwTakeAction } from './take-action.js';

export { AwTakeAction };
define('aw-take-action', AwTakeAction);
