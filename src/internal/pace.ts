/**
 * First renders, one per frame.
 *
 * Rendering a widget costs a script task and then the browser's style, layout and paint for
 * it in the next frame. Two widgets rendered before the same frame make one frame twice as
 * long: at 4x CPU slowdown, two or three widgets in one frame take 50 ms or more. So each
 * element's first render waits its turn: a task of its own, after the frame that drew the
 * widget before it. Later updates are not paced.
 *
 * The wait for a frame is skipped when the last widget rendered is no longer on the page or the
 * page is hidden (a hidden page draws no frames); a timer stands in when no frame comes.
 */

/** Resolvers waiting for their turn, oldest first. */
const queue: (() => void)[] = [];

/** The element rendered in the last turn, until the frame after it has been drawn. */
let last: Element | undefined;

let running = false;

/**
 * One channel for every "next task": a message is quicker than a timer, and fake clocks cannot
 * hold it. Made on first use, so that importing the module (in Node, say) opens no port.
 */
let channel: MessageChannel | undefined;
const tasks: (() => void)[] = [];

function nextTask(callback: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => tasks.shift()?.();
  }
  tasks.push(callback);
  channel.port2.postMessage(0);
}

/** After the next frame has been drawn: a task posted from `requestAnimationFrame` runs after its paint. */
function afterFrame(callback: () => void): void {
  // Whichever comes first cancels the other, so the callback runs once.
  const go = (): void => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    nextTask(callback);
  };
  const frame = requestAnimationFrame(go);
  const timer = setTimeout(go, 100);
}

function step(): void {
  const wait = last?.isConnected && !document.hidden ? afterFrame : nextTask;
  wait(() => {
    last = undefined;
    const go = queue.shift();
    if (go) {
      go();
      step();
    } else {
      running = false;
    }
  });
}

/** Resolves, in a task of its own, when `element` may make its first render. */
export function firstRenderTurn(element: Element): Promise<void> {
  return new Promise((resolve) => {
    queue.push(() => {
      last = element;
      resolve();
    });
    if (!running) {
      running = true;
      step();
    }
  });
}
