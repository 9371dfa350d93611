#!/usr/bin/env node
/**
 * npm run bench: the performance targets of QUALITY.md, measured (not asserted in timed tests).
 *
 * 1. Size (bench/size.mjs): dist/awareness-widgets.js gzip and brotli, against the floor built in
 *    the same run (a bare Lit element plus both languages' text in one stream), and the ratio.
 * 2. Long tasks: headless Chromium at 4x CPU slowdown loads a page with one of each widget, five
 *    times; a performance trace gives every main-thread task from the script's start (the browser's
 *    style, layout and paint included); we report the longest and count those of 50 ms or more.
 * 3. Layout shift: the same page, with the embed snippet's recommended CSS reserving space.
 * 4. The ticker: layout and style recalculation counts while it rotates, per rotation, and
 *    whether anything runs per frame.
 *
 * Prints a table and writes bench/results/latest.json. Needs `npm run build` first (the npm
 * script does it). Exits non-zero when a target is missed, so CI could gate on it.
 */
import { createServer } from 'node:http';
import { mkdirSync, writeFileSync, createReadStream, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM } from '../scripts/chromium.mjs';
import { measureSize, sizeTable } from './size.mjs';

const root = new URL('..', import.meta.url).pathname;
const results = {};
/** Page loads measured at 4x slowdown: enough to catch a long task that comes one time in a few. */
const LOAD_RUNS = 5;
const failures = [];

// ---- 1. size (bench/size.mjs) ---------------------------------------------------------------
results.size = await measureSize();
if (results.size.bundle.gzip > results.size.budgetGzip)
  failures.push(`bundle ${results.size.bundle.gzip} B gzip is over the budget of ${results.size.budgetGzip} B`);

// ---- a tiny server for the bench pages -----------------------------------------------------
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer((req, res) => {
  const file = normalize(join(root, decodeURIComponent(req.url.split('?')[0])));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteerCore.launch(CHROMIUM);

try {
  // ---- 2 and 3. long tasks and layout shift at 4x slowdown ----------------------------------
  const runs = [];
  for (let i = 0; i < LOAD_RUNS; i++) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluateOnNewDocument(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await page.goto(`${origin}/bench/page.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.AwarenessWidgets?.tags.every((t) => customElements.get(t)), {
      timeout: 20000,
    });
    await new Promise((r) => setTimeout(r, 1500));
    const trace = JSON.parse(new TextDecoder().decode(await page.tracing.stop()));
    const shift = await page.evaluate(() => window.__shift);
    // The renderer's main thread: the one that ran our script. Every task from the moment the
    // script starts counts (rendering, layout and paint included); before it, the browser's own
    // work of setting up a new window is a long task of its own, with or without the widgets.
    const events = trace.traceEvents;
    const start = events.find(
      (e) =>
        e.ph === 'X' && e.name === 'EvaluateScript' && String(e.args?.data?.url).includes('/dist/awareness-widgets.js'),
    );
    if (!start) throw new Error('The trace shows no evaluation of /dist/awareness-widgets.js.');
    const onMain = events.filter((e) => e.ph === 'X' && e.pid === start.pid && e.tid === start.tid);
    const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts + e.dur >= start.ts);
    const longest = tasks.reduce((a, b) => (b.dur > a.dur ? b : a));
    // What the longest task spent its time on: script, or the browser's rendering of a frame.
    const within = (name) =>
      +onMain
        .filter((e) => e.name === name && e.ts >= longest.ts && e.ts + e.dur <= longest.ts + longest.dur)
        .reduce((sum, e) => sum + e.dur / 1000, 0)
        .toFixed(1);
    runs.push({
      longestTaskMs: +(longest.dur / 1000).toFixed(1),
      longestTaskParts: {
        scriptMs: +(within('EvaluateScript') + within('FunctionCall')).toFixed(1),
        styleMs: within('UpdateLayoutTree'),
        layoutMs: within('Layout'),
        paintMs: +(within('PrePaint') + within('Paint')).toFixed(1),
      },
      tasksSinceScript: tasks.length,
      tasksOver50: tasks.filter((e) => e.dur >= 50_000).length,
      layoutShift: +shift.toFixed(4),
    });
    await page.close();
  }
  results.load = {
    cpuSlowdown: 4,
    runs,
    longestTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
    tasksOver50: runs.reduce((sum, r) => sum + r.tasksOver50, 0),
    layoutShift: Math.max(...runs.map((r) => r.layoutShift)),
  };
  if (results.load.tasksOver50 > 0)
    failures.push(`${results.load.tasksOver50} task(s) of 50 ms or more at 4x slowdown`);
  if (results.load.layoutShift > 0) failures.push(`layout shift ${results.load.layoutShift}`);

  // ---- 4. the ticker while it rotates --------------------------------------------------------
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.goto(`${origin}/bench/ticker.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => customElements.get('aw-stats-ticker'));
  await new Promise((r) => setTimeout(r, 500));
  const metric = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const windows = [];
  for (let i = 0; i < 3; i++) {
    const before = await metric();
    await new Promise((r) => setTimeout(r, 4000)); // one rotation at interval="4"
    const after = await metric();
    windows.push({
      layouts: after.LayoutCount - before.LayoutCount,
      styleRecalcs: after.RecalcStyleCount - before.RecalcStyleCount,
    });
  }
  const rafCalls = await page.evaluate(async () => {
    let calls = 0;
    const original = window.requestAnimationFrame;
    window.requestAnimationFrame = (cb) => {
      calls++;
      return original(cb);
    };
    await new Promise((r) => setTimeout(r, 4500));
    window.requestAnimationFrame = original;
    return calls;
  });
  const animated = await page.evaluate(() =>
    [...document.querySelector('aw-stats-ticker').shadowRoot.getAnimations()].flatMap((a) =>
      a.effect
        .getKeyframes()
        .flatMap((k) => Object.keys(k).filter((p) => !['offset', 'easing', 'composite', 'computedOffset'].includes(p))),
    ),
  );
  results.ticker = {
    perRotation: windows,
    requestAnimationFrameCalls: rafCalls,
    animatedProperties: [...new Set(animated)],
  };
  const spread = Math.max(...windows.map((w) => w.layouts)) - Math.min(...windows.map((w) => w.layouts));
  if (spread > 2) failures.push(`ticker layouts per rotation not flat: ${JSON.stringify(windows)}`);
  if (rafCalls > 0) failures.push(`ticker called requestAnimationFrame ${rafCalls} times`);
  await page.close();
} finally {
  await browser.close();
  server.close();
}

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), JSON.stringify(results, null, 2) + '\n');

console.log('\nawareness-widgets benchmark (headless Chromium)\n');
console.log(sizeTable(results.size) + '\n');
console.log(
  `longest task      ${results.load.longestTaskMs} ms at 4x CPU slowdown (${LOAD_RUNS} runs; tasks >= 50 ms in all: ${results.load.tasksOver50})`,
);
const worst = results.load.runs.reduce((a, b) => (b.longestTaskMs > a.longestTaskMs ? b : a)).longestTaskParts;
console.log(
  `                  of which script ${worst.scriptMs} ms, style ${worst.styleMs} ms, layout ${worst.layoutMs} ms, paint ${worst.paintMs} ms`,
);
console.log(`layout shift      ${results.load.layoutShift} (with the recommended reserve CSS)`);
console.log(
  `ticker            per 4 s rotation: ${results.ticker.perRotation.map((w) => `${w.layouts} layouts/${w.styleRecalcs} style recalcs`).join(', ')}`,
);
console.log(
  `                  requestAnimationFrame calls while rotating: ${results.ticker.requestAnimationFrameCalls}; animated properties: ${results.ticker.animatedProperties.join(', ') || 'none at the moment of sampling'}`,
);
console.log('\nwritten to bench/results/latest.json');
if (failures.length) {
  console.error(`\nMissed targets:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
