#!/usr/bin/env node
// Runs Web Test Runner. When WebKit is among BROWSERS (default: chromium,firefox,webkit) it first
// starts Xvfb and WebKitWebDriver, hands the driver port to web-test-runner.config.mjs through
// WTR_WEBKIT_DRIVER_PORT, and always stops both afterwards (also on failure and Ctrl-C).
// Extra arguments go to wtr:  node scripts/test.mjs --files test/foo.test.ts --watch
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as osConstants } from 'node:os';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const wtrBin = path.join(root, 'node_modules/@web/test-runner/dist/bin.js');

const BIN = {
  chromium: { file: process.env.CHROMIUM_BIN || '/usr/bin/chromium', pkg: 'chromium' },
  firefox: { file: process.env.FIREFOX_BIN || '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  miniBrowser: {
    file: process.env.MINIBROWSER_BIN || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    pkg: 'webkit2gtk-driver' /* MiniBrowser ships in its dependency libwebkit2gtk-4.1-0 */,
  },
  driver: { file: 'WebKitWebDriver', pkg: 'webkit2gtk-driver' },
  xvfb: { file: 'Xvfb', pkg: 'xvfb' },
};

const ALL = ['chromium', 'firefox', 'webkit'];
const browsers = (process.env.BROWSERS || ALL.join(','))
  .split(',')
  .map((s) => s.trim().toLowerCase())
  .filter(Boolean);

const log = (msg) => console.error(`[test] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function which(file) {
  if (file.includes('/')) return isExecutable(file) ? file : null;
  for (const dir of (process.env.PATH || '/usr/local/bin:/usr/bin:/bin').split(':')) {
    const p = path.join(dir, file);
    if (isExecutable(p)) return p;
  }
  return null;
}
function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

// ---- child process bookkeeping: everything we start is killed on the way out ----
const helpers = []; // { name, child }

function killGroup(child, signal) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // detached => own process group (includes MiniBrowser)
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

async function stopHelpers() {
  // Driver first (it closes MiniBrowser), then Xvfb.
  for (const { name, child } of [...helpers].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    killGroup(child, 'SIGTERM');
    const exited = await Promise.race([
      new Promise((r) => child.once('exit', () => r(true))),
      sleep(3000).then(() => false),
    ]);
    if (!exited) {
      log(`${name} did not stop, killing it`);
      killGroup(child, 'SIGKILL');
    }
  }
  helpers.length = 0;
}

// Last resort if we exit unexpectedly (synchronous: no waiting possible here).
process.on('exit', () => {
  for (const { child } of helpers) killGroup(child, 'SIGKILL');
});

function startHelper(name, cmd, args, opts = {}) {
  const child = spawn(cmd, args, {
    detached: true, // own process group: a terminal Ctrl-C does not hit it before wtr has shut down
    stdio: ['ignore', opts.stdout ?? 'ignore', 'pipe'],
    env: opts.env ?? process.env,
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
    if (process.env.TEST_DEBUG) process.stderr.write(`[${name}] ${d}`);
  });
  child.getStderr = () => stderr;
  helpers.push({ name, child });
  return child;
}

// ---- Xvfb on a free display (:99, :100, ...) ----
async function startXvfb() {
  for (let n = 99; n < 140; n++) {
    if (fs.existsSync(`/tmp/.X${n}-lock`) || fs.existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const child = startHelper(
      'Xvfb',
      which('Xvfb'),
      [`:${n}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset', '-displayfd', '1'],
      { stdout: 'pipe' },
    );
    const ok = await new Promise((resolve) => {
      const timer = setTimeout(() => resolve(false), 10000);
      child.stdout.on('data', () => {
        clearTimeout(timer);
        resolve(true);
      });
      child.once('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (ok) return `:${n}`;
    killGroup(child, 'SIGKILL');
    helpers.splice(
      helpers.findIndex((h) => h.child === child),
      1,
    );
    log(`Xvfb :${n} failed (${child.getStderr().trim().split('\n').pop() || 'timeout'}), trying next display`);
  }
  throw new Error('could not start Xvfb on displays :99-:139');
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function getStatus(port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/status', timeout: 1000 }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        try {
          resolve(res.statusCode === 200 && JSON.parse(body).value?.ready !== false);
        } catch {
          resolve(false);
        }
      });
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

async function startDriver(env) {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const port = await freePort();
    const child = startHelper('WebKitWebDriver', which('WebKitWebDriver'), [`--port=${port}`, '--host=local'], {
      env,
    });
    const deadline = Date.now() + 15000;
    while (Date.now() < deadline && child.exitCode === null) {
      if (await getStatus(port)) return port;
      await sleep(100);
    }
    killGroup(child, 'SIGKILL');
    helpers.splice(
      helpers.findIndex((h) => h.child === child),
      1,
    );
    log(`WebKitWebDriver on port ${port} did not answer /status (${child.getStderr().trim() || 'no output'})`);
  }
  throw new Error('could not start WebKitWebDriver');
}

// ---- main ----
let wtr;
let interrupted = null; // signal name once we were asked to stop

// All descendants of a pid (puppeteer starts Chromium/Firefox in their own process groups).
function descendants(pid) {
  const children = new Map();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      /* process vanished */
    }
  }
  const out = [];
  const queue = [pid];
  while (queue.length)
    for (const c of children.get(queue.shift()) ?? []) {
      out.push(c);
      queue.push(c);
    }
  return out;
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    if (wtr && wtr.exitCode === null && wtr.signalCode === null) {
      if (interrupted) {
        // Second signal: stop waiting.
        for (const pid of [wtr.pid, ...descendants(wtr.pid)]) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
        return;
      }
      interrupted = sig;
      // wtr only shuts down cleanly on SIGINT (puppeteer swallows SIGTERM), so always send that.
      // A terminal Ctrl-C has already reached it too; a second SIGINT is harmless.
      wtr.kill('SIGINT');
      setTimeout(() => {
        if (wtr.exitCode !== null || wtr.signalCode !== null) return;
        log('web-test-runner did not stop within 20 s, killing it');
        for (const pid of [wtr.pid, ...descendants(wtr.pid)]) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            /* gone */
          }
        }
      }, 20000).unref();
      return; // main() resumes when wtr exits, then the helpers are stopped
    }
    interrupted = sig;
    await stopHelpers();
    process.exit(128 + osConstants.signals[sig]);
  });
}

async function main() {
  const unknown = browsers.filter((b) => !ALL.includes(b));
  if (unknown.length) {
    log(`unknown browser(s) in BROWSERS: ${unknown.join(', ')} (use ${ALL.join(',')})`);
    return 2;
  }
  const needs = {
    chromium: [BIN.chromium],
    firefox: [BIN.firefox],
    webkit: [BIN.driver, BIN.miniBrowser, BIN.xvfb],
  };
  const missing = browsers.flatMap((b) => needs[b]).filter((b) => !which(b.file));
  if (missing.length) {
    for (const b of missing) log(`missing ${b.file}: install it with \`apt-get install -y ${b.pkg}\``);
    const usable = browsers.filter((b) => needs[b].every((x) => which(x.file)));
    if (usable.length) log(`or run only the others: BROWSERS=${usable.join(',')}`);
    return 3;
  }
  if (!fs.existsSync(wtrBin)) {
    log(`${wtrBin} not found: run \`npm ci\` first`);
    return 3;
  }

  const env = { ...process.env, BROWSERS: browsers.join(',') };
  if (browsers.includes('webkit')) {
    const display = await startXvfb();
    Object.assign(env, {
      DISPLAY: display,
      // Stable rendering of WebKitGTK under Xvfb: no GPU, no accelerated compositing, no DMA-BUF.
      LIBGL_ALWAYS_SOFTWARE: '1',
      WEBKIT_DISABLE_COMPOSITING_MODE: '1',
      WEBKIT_DISABLE_DMABUF_RENDERER: '1',
      GDK_BACKEND: 'x11',
      NO_AT_BRIDGE: '1',
    });
    delete env.WAYLAND_DISPLAY;
    const port = await startDriver(env);
    env.WTR_WEBKIT_DRIVER_PORT = String(port);
    log(`Xvfb on ${display}, WebKitWebDriver on 127.0.0.1:${port}`);
  }

  wtr = spawn(process.execPath, [wtrBin, ...process.argv.slice(2)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const code = await new Promise((resolve) => {
    wtr.once('error', (err) => {
      log(`could not start web-test-runner: ${err.message}`);
      resolve(1);
    });
    wtr.once('exit', (c, sig) => resolve(c ?? 128 + (osConstants.signals[sig] ?? 1)));
  });
  return code;
}

let exitCode = 1;
try {
  exitCode = await main();
  if (interrupted) exitCode = 128 + osConstants.signals[interrupted];
} catch (err) {
  log(err?.stack || String(err));
  exitCode = 1;
} finally {
  await stopHelpers();
}
process.exit(exitCode);
