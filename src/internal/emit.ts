/**
 * Fires one of our events from `el`: bubbling, composed (so it leaves the shadow root) and,
 * when `cancelable`, cancelable. Returns false when a listener called `preventDefault()`.
 */
export function emit<K extends keyof AwEventDetails>(
  el: HTMLElement,
  type: K,
  detail: AwEventDetails[K],
  cancelable?: boolean,
): boolean {
  return el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

/** The detail of each event the widgets fire. Partners listen; the library never tracks. */
export interface AwEventDetails {
  /** The hotline or 911 link was used. */
  'aw-call': { number: string; href: string };
  /** The CyberTipline (or another reporting) link was used. */
  'aw-report': { url: string };
  /** The dismiss button was pressed; cancelable. */
  'aw-dismiss': { remembered: boolean };
  /** An outbound link of a widget was followed. */
  'aw-link': { url: string; id: string };
  /** The quick exit is about to leave the page; cancelable. */
  'aw-exit': { url: string; trigger: 'button' | 'keyboard' };
  /** The stats ticker was paused or played by the reader. */
  'aw-toggle': { playing: boolean };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aw-call': CustomEvent<AwEventDetails['aw-call']>;
    'aw-report': CustomEvent<AwEventDetails['aw-report']>;
    'aw-dismiss': CustomEvent<AwEventDetails['aw-dismiss']>;
    'aw-link': CustomEvent<AwEventDetails['aw-link']>;
    'aw-exit': CustomEvent<AwEventDetails['aw-exit']>;
    'aw-toggle': CustomEvent<AwEventDetails['aw-toggle']>;
  }
}
