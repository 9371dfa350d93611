#!/usr/bin/env node
/**
 * npm run bench, long pages (issue 11.2): how soon the widgets a reader can see are drawn, on a
 * page with one of each widget and on one with twenty of each, against a floor page in the same
 * run. The floor (bench/floor.ts) is bare Lit elements under the same tags rendering the same
 * markup and CSS, captured here from the built widgets: what any Lit page of these widgets costs.
 *
 * Headless Chromium at 4x CPU slowdown, 1280x900, the widgets in a 40em column with the README's
 * reserve CSS; the quick exit fixed in its corner first, and on the long page a banner fixed to
 * the bottom placed last. For each load: the time from navigation until the frame in which every
 * widget on screen is drawn, the frames that took, when the fixed banner was drawn, the longest
 * main-thread task from the script's start (style, layout and paint included) and the layout
 * shift. Median of LOADS loads. Prints a table to compare across commits and writes
 * bench/results/long-pages.json. Exits non-zero when a target is missed: the long page at most 2x
 * the floor, no task of 50 ms or more, no layout shift.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { rollup } from 'rollup';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM } from '../scripts/chromium.mjs';
import { iife } from '../rollup.config.mjs';

const root = new URL('..', import.meta.url).pathname;
const LOADS = Number(process.env.LOADS) || 3;
const CPU = 4;
const INLINE = ['aw-hotline-banner', 'aw-warning-signs', 'aw-stats-ticker', 'aw-take-action', 'aw-facts'];
const failures = [];

// ---- the floor, built like the bundle ------------------------------------------------------------
mkdirSync(join(root, 'bench/results'), { recursive: true });
const floorFile = join(root, 'bench/results/floor.js');
const config = iife('bench/floor.ts', floorFile, ['bench/**/*.ts'], { trimLit: false });
const build = await rollup({ ...config, onwarn: () => {} });
await build.write(config.output);
await build.close();

// ---- the pages -----------------------------------------------------------------------------------
/** The README's recommended CSS, as a partner copies it. */
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const reserve = /Recommended CSS[\s\S]*?```css\n([\s\S]*?)```/.exec(readme)?.[1];
if (!reserve) throw new Error('README.md has no ```css block after "Recommended CSS".');

function page(count, script) {
  const widgets = Array.from({ length: count }, () => INLINE.map((tag) => `<${tag}></${tag}>`).join('\n')).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench: ${count} of each</title>
<style>body { margin: 0; font-family: system-ui, sans-serif; } main { max-width: 40em; margin: 0 auto; padding: 1em; }
${reserve}</style>${script}</head><body><aw-quick-exit position="fixed"></aw-quick-exit><main>
${widgets}
</main>${count > 1 ? '<aw-hotline-banner position="bottom" id="fixed"></aw-hotline-banner>' : ''}</body></html>`;
}

const OURS = '<script src="/dist/awareness-widgets.js" defer></script>';
const pages = new Map();
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };
const server = createServer((req, res) => {
  const path = req.url.split('?')[0];
  if (pages.has(path)) return res.writeHead(200, { 'content-type': 'text/html' }).end(pages.get(path));
  const file = normalize(join(root, decodeURIComponent(path)));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

/** In the page before anything else: layout shift, and per frame which on-screen widgets are drawn. */
function harness() {
  const b = (window.__bench = { shift: 0, firstAt: 0, doneAt: 0, fixedAt: 0, frames: 0 });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) b.shift += e.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const drawn = (el) => !!el.shadowRoot?.firstElementChild;
  document.addEventListener('DOMContentLoaded', () => {
    const widgets = [...document.querySelectorAll('main > *')];
    const fixed = document.getElementById('fixed');
    const onScreen = new Set();
    let reported = false;
    const io = new IntersectionObserver((entries) => {
      reported = true;
      for (const e of entries) if (e.isIntersecting) onScreen.add(e.target);
      io.disconnect();
    });
    for (const el of widgets) io.observe(el);
    requestAnimationFrame(function frame(t) {
      if (b.firstAt) b.frames++;
      else if (widgets.some(drawn)) {
        b.firstAt = t;
        b.frames = 1;
      }
      if (fixed && !b.fixedAt && drawn(fixed)) b.fixedAt = t;
      if (!b.doneAt && reported && onScreen.size && [...onScreen].every(drawn)) {
        b.doneAt = t;
        b.onScreen = onScreen.size;
        b.doneFrames = b.frames;
      }
      if (!b.doneAt || (fixed && !b.fixedAt)) requestAnimationFrame(frame);
    });
  });
}

const browser = await puppeteerCore.launch(CHROMIUM);

/** The markup and CSS each widget renders, for the floor: every widget drawn at once by printing. */
async function capture() {
  pages.set('/capture.html', page(1, OURS).replace('</main>', '</main><aw-hotline-banner position="bottom">'));
  const tab = await browser.newPage();
  await tab.goto(`${origin}/capture.html`, { waitUntil: 'load' });
  await tab.waitForFunction(() => window.AwarenessWidgets?.tags.every((t) => customElements.get(t)));
  const floor = await tab.evaluate(async () => {
    dispatchEvent(new Event('beforeprint'));
    const out = {};
    for (const el of document.querySelectorAll('aw-quick-exit, main > *, aw-hotline-banner[position]')) {
      await el.updateComplete;
      const key = [el.localName, el.getAttribute('position')].filter((p) => p && p !== 'fixed').join(' ');
      out[key] ??= {
        html: el.shadowRoot.innerHTML.replace(/<!--[\s\S]*?-->/g, ''),
        css: el.shadowRoot.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      };
    }
    return out;
  });
  await tab.close();
  return floor;
}

/** One load at 4x: the harness's figures, and every main-thread task from the script's start. */
async function load(path, scriptUrl) {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  const cdp = await tab.createCDPSession();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU });
  await tab.evaluateOnNewDocument(harness);
  await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await tab.goto(`${origin}${path}`, { waitUntil: 'load' });
  await tab.waitForFunction(
    () => window.__bench.doneAt && (!document.getElementById('fixed') || window.__bench.fixedAt),
    { timeout: 60000, polling: 100 },
  );
  await new Promise((r) => setTimeout(r, 1000));
  const events = JSON.parse(new TextDecoder().decode(await tab.tracing.stop())).traceEvents;
  const b = await tab.evaluate(() => window.__bench);
  await tab.close();
  const start = events.find(
    (e) => e.ph === 'X' && e.name === 'EvaluateScript' && String(e.args?.data?.url).includes(scriptUrl),
  );
  if (!start) throw new Error(`The trace shows no evaluation of ${scriptUrl}.`);
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' && e.name === 'RunTask' && e.pid === start.pid && e.tid === start.tid && e.ts + e.dur >= start.ts,
  );
  return {
    onScreenMs: Math.round(b.doneAt),
    frames: b.doneFrames,
    onScreen: b.onScreen,
    fixedBannerMs: b.fixedAt ? Math.round(b.fixedAt) : undefined,
    longestTaskMs: +(Math.max(...tasks.map((e) => e.dur)) / 1000).toFixed(1),
    tasksOver50: tasks.filter((e) => e.dur >= 50_000).length,
    layoutShift: +b.shift.toFixed(4),
  };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
};

const results = { cpuSlowdown: CPU, loads: LOADS, pages: {} };
try {
  const floor = await capture();
  const FLOOR = `<script>window.FLOOR=${JSON.stringify(floor).replace(/</g, '\\u003c')}</script><script src="/bench/results/floor.js" defer></script>`;
  for (const [name, count] of [
    ['one of each', 1],
    ['20 of each', 20],
  ]) {
    pages.set(`/ours-${count}.html`, page(count, OURS));
    pages.set(`/floor-${count}.html`, page(count, FLOOR));
    const runs = { ours: [], floor: [] };
    // Alternate, so that a busy moment of the machine falls on both.
    for (let i = 0; i < LOADS; i++) {
      runs.ours.push(await load(`/ours-${count}.html`, '/dist/awareness-widgets.js'));
      runs.floor.push(await load(`/floor-${count}.html`, '/bench/results/floor.js'));
    }
    const summary = (list) => ({
      onScreenMs: median(list.map((r) => r.onScreenMs)),
      frames: median(list.map((r) => r.frames)),
      onScreen: median(list.map((r) => r.onScreen)),
      fixedBannerMs: median(list.map((r) => r.fixedBannerMs)),
      longestTaskMs: Math.max(...list.map((r) => r.longestTaskMs)),
      tasksOver50: list.reduce((sum, r) => sum + r.tasksOver50, 0),
      layoutShift: Math.max(...list.map((r) => r.layoutShift)),
    });
    const ours = summary(runs.ours);
    const bare = summary(runs.floor);
    results.pages[name] = {
      widgets: count * INLINE.length + 1 + (count > 1 ? 1 : 0),
      ours,
      floor: bare,
      ratio: +(ours.onScreenMs / bare.onScreenMs).toFixed(2),
      runs,
    };
    if (ours.tasksOver50) failures.push(`${name}: ${ours.tasksOver50} task(s) of 50 ms or more`);
    if (ours.layoutShift > 0) failures.push(`${name}: layout shift ${ours.layoutShift}`);
  }
  if (results.pages['20 of each'].ratio > 2)
    failures.push(`20 of each: ${results.pages['20 of each'].ratio}x the floor`);
} finally {
  await browser.close();
  server.close();
}

writeFileSync(join(root, 'bench/results/long-pages.json'), JSON.stringify(results, null, 2) + '\n');

let commit = '';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
} catch {
  /* not a checkout */
}
const rows = [['', 'ours', 'floor', 'ratio']];
for (const [name, { widgets, ours, floor, ratio }] of Object.entries(results.pages)) {
  rows.push([`${name} (${widgets} widgets, ${ours.onScreen} on screen)`, '', '', '']);
  rows.push(['  every on-screen widget drawn', `${ours.onScreenMs} ms`, `${floor.onScreenMs} ms`, `${ratio}x`]);
  rows.push(['  frames from the first drawn', ours.frames, floor.frames, '']);
  if (ours.fixedBannerMs)
    rows.push(['  fixed banner (placed last) drawn', `${ours.fixedBannerMs} ms`, `${floor.fixedBannerMs} ms`, '']);
  rows.push(['  longest task', `${ours.longestTaskMs} ms`, `${floor.longestTaskMs} ms`, '']);
  rows.push(['  tasks of 50 ms or more', ours.tasksOver50, floor.tasksOver50, '']);
  rows.push(['  layout shift', ours.layoutShift, floor.layoutShift, '']);
}
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => String(r[i]).length)));
console.log(
  `\nlong pages at ${CPU}x CPU slowdown, median of ${LOADS} loads (max for tasks and shift)${commit ? `, commit ${commit}` : ''}\n`,
);
for (const r of rows)
  console.log(r.map((c, i) => (i ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  '));
console.log('\nwritten to bench/results/long-pages.json');
if (failures.length) {
  console.error(`\nMissed targets:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
