/** What may take focus by Tab; `canTakeFocus` and the tab index rule out the rest (hidden inputs have no boxes). */
const FOCUSABLE = 'a[href],button,input,select,textarea,summary,[tabindex]';

/** `Node.DOCUMENT_POSITION_FOLLOWING` and `_PRECEDING` by value: their names cost the drop-in script 40 B. */
const FOLLOWING = 4;
const PRECEDING = 2;

function canTakeFocus(el: Element | null): el is HTMLElement {
  return (
    el instanceof HTMLElement && el.isConnected && el.getClientRects().length > 0 && !el.closest('[hidden],[inert]')
  );
}

/**
 * After a widget removes itself (a dismissed banner), focus must not fall to the top of the page.
 * It goes back where it came from when that is still there, else to the next focusable element
 * after the widget, else the previous one.
 */
export function focusAfterRemoval(host: Element, origin: Element | null): void {
  if (canTakeFocus(origin)) {
    origin.focus();
    return;
  }
  const all = [...document.querySelectorAll(FOCUSABLE)].filter(
    (el): el is HTMLElement => !host.contains(el) && canTakeFocus(el) && el.tabIndex >= 0 && !el.matches(':disabled'),
  );
  const next = all.find((el) => host.compareDocumentPosition(el) & FOLLOWING);
  const previous = all.reverse().find((el) => host.compareDocumentPosition(el) & PRECEDING);
  (next ?? previous)?.focus();
}
