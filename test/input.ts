import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Real input through test/plugins/input.mjs. `tap` taps the middle of `el` with a finger or a pen
 * (real pointer events, then the browser's own click); `keys` presses keys together, e.g.
 * 'Shift' alone or 'Shift+A', releasing them in reverse order. `tap` resolves false where the
 * browser's driver has no such pointer (Firefox has no pen; WebKitGTK's
 * touch arrives as a mouse): the caller skips, saying so.
 */
export async function tap(el: Element, pointer: 'touch' | 'pen' = 'touch'): Promise<boolean> {
  const box = el.getBoundingClientRect();
  return executeServerCommand<boolean, object>('aw-tap', {
    x: box.left + box.width / 2,
    y: box.top + box.height / 2,
    pointer,
  });
}

export async function keys(press: string): Promise<void> {
  await executeServerCommand('aw-keys', { press });
}
