import './internal/page-globals.js';
import { api, ours } from './global.js';
import { define } from './internal/define.js';
import { ELEMENTS, TAGS } from './registry.js';
import { VERSION } from './version.js';

/**
 * Defines every element and sets `window.AwarenessWidgets`, once. A second copy of the library
 * (the same version or another) finds the first and defines nothing, so the page keeps one
 * definition of each element and nothing throws. `paced` (the drop-in script) defines the
 * elements one task at a time, starting after the script's own task, so that evaluating the
 * script, upgrading and rendering the widgets already on the page never make one long task; ES
 * modules define them at once, so code right after the import finds them defined.
 */
export function start(paced: boolean): void {
  const existing = ours();
  if (existing) {
    if (existing.version !== VERSION) {
      console.warn(`awareness-widgets ${existing.version} is already loaded; ignoring ${VERSION}.`);
    }
    return;
  }
  if (typeof window === 'undefined') return;
  try {
    Object.defineProperty(window, 'AwarenessWidgets', { value: api, configurable: true, enumerable: true });
  } catch {
    console.warn('awareness-widgets: window.AwarenessWidgets is taken by the page; defining the elements without it.');
  }
  const next = (index: number): void => {
    const tag = TAGS[index];
    if (!tag) return;
    define(tag, ELEMENTS[tag]);
    if (paced) setTimeout(next, 0, index + 1);
    else next(index + 1);
  };
  if (paced) setTimeout(next, 0, 0);
  else next(0);
}
