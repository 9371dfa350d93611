import { define } from '../../internal/define.js';
import { AwFacts } from './facts.js';

export { AwFacts };
define('aw-facts', AwFacts);
