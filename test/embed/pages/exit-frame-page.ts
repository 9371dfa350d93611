/**
 * Inside the framed test page (test/embed/exit-frame.test.ts): a quick exit whose navigation is
 * real but harmless. Going "top" navigates the runner's page to a fragment of its own address
 * (the browser applies the frame's sandbox to that as to any navigation of the top window); a new
 * tab is recorded instead of opened. The runner clicks the button for real. Everything is reported to the runner by postMessage.
 */
import '../../../src/components/quick-exit/define.js';
import { navigation } from '../../../src/internal/exit.js';

const runner = new URLSearchParams(location.search).get('runner')!;
const report = (data: object) => parent.postMessage({ awExitFrame: true, ...data }, '*');
const go = navigation.go;
navigation.go = (url) => {
  go(`${runner}#aw-exit-test`);
  report({ top: url });
};
navigation.open = (url) => report({ opened: url });

// After the widget's own click handler (a real click from the runner: the reader's activation).
document.addEventListener('click', () =>
  report({
    done: true,
    hidden: getComputedStyle(document.documentElement).visibility === 'hidden',
    alert: document.querySelector('aw-leaving[role="alert"]')?.textContent ?? '',
  }),
);


const el = document.querySelector('aw-quick-exit')!;
await customElements.whenDefined('aw-quick-exit');
await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
await new Promise((r) => setTimeout(r, 50));
const box = el.shadowRoot!.querySelector('[part="button"]')!.getBoundingClientRect();
report({
  ready: true,
  note: el.shadowRoot!.querySelector('[part="framed"]')?.textContent ?? '',
  at: [box.left + box.width / 2, box.top + box.height / 2],
});
