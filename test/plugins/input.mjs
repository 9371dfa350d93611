// Real input for the tests, as server commands (see test/input.ts for the browser side):
//   tap  { x, y, pointer: 'touch' | 'pen' }  a finger or pen tap at viewport coordinates; false
//        when the browser's driver has no such pointer (Firefox: no pen; WebKitGTK: touch
//        arrives as mouse events)
//   keys { press: 'Shift' | 'Shift+A' | ... } keys pressed in order and released in reverse
// Chromium: touch through CDP Input.dispatchTouchEvent, a pen through Input.dispatchMouseEvent
// (pointerType "pen"), keys through puppeteer. Firefox (puppeteer over WebDriver BiDi) and WebKit
// (WebDriver classic) get the same pointer actions, with the pointer type the standard defines,
// and key actions.

/** WebDriver's code points for the keys the tests use; any other single character is itself. */
const WD_KEYS = { Shift: '\uE008', Control: '\uE009', Alt: '\uE00A', Enter: '\uE007', Tab: '\uE004', ' ': ' ' };

function pointerActions(x, y, pointer) {
  return [
    {
      type: 'pointer',
      id: `aw-${pointer}`,
      parameters: { pointerType: pointer },
      actions: [
        { type: 'pointerMove', x, y, origin: 'viewport', duration: 0 },
        { type: 'pointerDown', button: 0 },
        { type: 'pause', duration: 50 },
        { type: 'pointerUp', button: 0 },
      ],
    },
  ];
}

function keyActions(keys) {
  const value = (k) => WD_KEYS[k] ?? k;
  return [
    {
      type: 'key',
      id: 'aw-keyboard',
      actions: [
        ...keys.map((k) => ({ type: 'keyDown', value: value(k) })),
        ...[...keys].reverse().map((k) => ({ type: 'keyUp', value: value(k) })),
      ],
    },
  ];
}

const isChromium = (page) => !page.browser().protocol || page.browser().protocol === 'cdp';

export function inputPlugin() {
  const cdpSessions = new WeakMap();
  return {
    name: 'aw-input',
    async executeCommand({ command, payload, session }) {
      if (command !== 'aw-tap' && command !== 'aw-keys') return undefined;
      const browser = session.browser;
      if (command === 'aw-tap') {
        const x = Math.round(payload.x);
        const y = Math.round(payload.y);
        const pointer = payload.pointer === 'pen' ? 'pen' : 'touch';
        if (browser.type === 'puppeteer') {
          const page = browser.getPage(session.id);
          if (isChromium(page)) {
            if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
            const cdp = cdpSessions.get(page);
            if (pointer === 'touch') {
              await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
              await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
            } else {
              const pen = { x, y, pointerType: 'pen' };
              await cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...pen });
              await cdp.send('Input.dispatchMouseEvent', {
                type: 'mousePressed',
                button: 'left',
                buttons: 1,
                clickCount: 1,
                ...pen,
              });
              await cdp.send('Input.dispatchMouseEvent', {
                type: 'mouseReleased',
                button: 'left',
                buttons: 0,
                clickCount: 1,
                ...pen,
              });
            }
          } else {
            // Firefox's WebDriver BiDi: "Unimplemented pointerMove for pointerType pen".
            if (pointer === 'pen') return false;
            await page.mainFrame().browsingContext.performActions(pointerActions(x, y, pointer));
            await page.mainFrame().browsingContext.releaseActions();
          }
          return true;
        }
        if (browser.type === 'webdriver') {
          // WebKitGTK's driver turns a touch pointer into mouse events (pointerType "mouse").
          if (pointer === 'touch') return false;
          await browser.driver.performActions(pointerActions(x, y, pointer));
          await browser.driver.releaseActions();
          return true;
        }
      }
      if (command === 'aw-keys') {
        const keys = String(payload.press).split('+');
        if (browser.type === 'puppeteer') {
          const { keyboard } = browser.getPage(session.id);
          for (const k of keys) await keyboard.down(k);
          for (const k of [...keys].reverse()) await keyboard.up(k);
          return true;
        }
        if (browser.type === 'webdriver') {
          await browser.driver.performActions(keyActions(keys));
          await browser.driver.releaseActions();
          return true;
        }
      }
      throw new Error(`${command} is not supported for browser type ${browser.type}`);
    },
  };
}
