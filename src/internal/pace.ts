/**
 * First renders: when a widget comes near the screen, and a frame's worth at a time.
 *
 * A widget far below the fold costs nothing until the reader scrolls towards it: one shared
 * IntersectionObserver, with the page's viewport as its root and one viewport's height of margin,
 * says when it comes near. The widgets that are near render in batches, as many in one task as
 * fit BUDGET ms of script, and the next batch waits for the frame that draws this one: no task or
 * frame grows long on a slow phone, and a page of many widgets fills in in a few frames, not one
 * frame per widget. Urgent widgets (the quick exit, a fixed banner: on screen wherever they are
 * placed) do not wait to come near, and go first. Printing renders every widget still waiting.
 * Later updates are not paced.
 */

/** Script time one batch may take, in ms: at 4x CPU slowdown the frame that draws it stays under 50 ms. */
const BUDGET = 24;

type Render = () => void;

/** Renders ready to run: the urgent ones first. */
const urgentQueue: Render[] = [];
const queue: Render[] = [];

/**
 * Widgets waiting to come near, and their render. Weak, so that a widget removed unseen is not
 * kept: the set is for printing, and a render takes its own reference out of it.
 */
const waiting = new WeakMap<Element, Render>();
const waitingRefs = new Set<WeakRef<Element>>();

let observer: IntersectionObserver | undefined;
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
  // Whichever comes first cancels the other, and the callback runs once even if the other still
  // comes (a timer the page's clock swapped out, as a test's fake clock does, cannot be cancelled).
  let done = false;
  const go = (): void => {
    if (done) return;
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
    nextTask(callback);
  };
  const frame = requestAnimationFrame(go);
  // A frame can be late or never come (a throttled frame): a timer stands in.
  const timer = setTimeout(go, 100);
}

/**
 * Runs renders until the budget is spent (one at least), then waits for the frame that draws
 * them before the next batch, even one that comes later; a hidden page draws no frames, so there
 * the next batch comes in the next task.
 */
function batch(): void {
  const end = performance.now() + BUDGET;
  let render = urgentQueue.shift() ?? queue.shift();
  if (!render) return void (running = false);
  do render();
  while (performance.now() < end && (render = urgentQueue.shift() ?? queue.shift()));
  (document.hidden ? nextTask : afterFrame)(batch);
}

function enqueue(render: Render, urgent: boolean): void {
  (urgent ? urgentQueue : queue).push(render);
  if (!running) {
    running = true;
    nextTask(batch);
  }
}

/** Takes a waiting widget off the watch list and returns its render, once. */
function take(element: Element): Render | undefined {
  const render = waiting.get(element);
  waiting.delete(element);
  observer?.unobserve(element);
  return render;
}

function printAll(): void {
  for (const ref of waitingRefs) {
    const element = ref.deref();
    if (element) take(element)?.();
  }
  waitingRefs.clear();
}

/**
 * Runs `render` (the element's first render) when the element is near the screen and its batch
 * comes, or as soon as possible when `urgent`; resolves after it has run.
 */
export function firstRender(element: Element, render: Render, urgent: boolean): Promise<void> {
  return new Promise((resolve) => {
    const ref = new WeakRef(element);
    const go: Render = () => {
      waitingRefs.delete(ref);
      try {
        render();
      } finally {
        resolve();
      }
    };
    // Every browser that runs the script has IntersectionObserver (the ticker needs it as well).
    if (urgent) return enqueue(go, true);
    if (!observer) {
      observer = new IntersectionObserver(
        (entries) => {
          for (const entry of entries) {
            const near = entry.isIntersecting && take(entry.target);
            if (near) enqueue(near, false);
          }
        },
        { root: document, rootMargin: '100% 0px' },
      );
      addEventListener('beforeprint', printAll);
    }
    waiting.set(element, go);
    waitingRefs.add(ref);
    observer.observe(element);
  });
}
