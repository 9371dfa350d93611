#!/usr/bin/env node
// Runs Web Test Runner in the browsers of BROWSERS (scripts/browsers.mjs; default: all three).
// Extra arguments go to wtr:  node scripts/test.mjs --files test/foo.test.ts
// For WebKit it first starts WebKitWebDriver on a virtual display (`xvfb-run -a`), hands its port
// to web-test-runner.config.mjs in WTR_WEBKIT_DRIVER_PORT, and stops it when wtr exits.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BIN, NEEDS, wantedBrowsers } from './browsers.mjs';

const wtrBin = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const log = (msg) => console.error(`[test] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const exited = (child) => child.exitCode !== null || child.signalCode !== null;

let browsers;
try {
  browsers = wantedBrowsers();
} catch (err) {
  log(err.message);
  process.exit(2);
}
const missing = browsers.flatMap((b) => NEEDS[b]).filter(([file]) => !fs.existsSync(file));
for (const [file, pkg] of missing) log(`missing ${file}: install it with \`apt-get install -y ${pkg}\``);
if (missing.length) process.exit(3);

const env = { ...process.env, BROWSERS: browsers.join(',') };
let driver; // xvfb-run with WebKitWebDriver, in a process group of its own
const xauth = path.join(os.tmpdir(), `awareness-widgets-test-${process.pid}.xauth`);
process.on('exit', () => {
  // Stops the driver, MiniBrowser and Xvfb at once (xvfb-run's own clean-up does not run on a signal).
  if (driver && !exited(driver)) process.kill(-driver.pid, 'SIGTERM');
  fs.rmSync(xauth, { force: true });
});

if (browsers.includes('webkit')) {
  const port = await new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
  // Own process group, so that a Ctrl-C reaches wtr first and the driver stays until wtr has closed.
  driver = spawn('xvfb-run', ['-a', '-f', xauth, '-s', '-screen 0 1280x1024x24', BIN.driver, `--port=${port}`], {
    detached: true,
    stdio: ['ignore', 'ignore', 'inherit'],
    // Stable WebKitGTK rendering under Xvfb: software GL, no compositing, no DMA-BUF.
    env: {
      ...env,
      LIBGL_ALWAYS_SOFTWARE: '1',
      WEBKIT_DISABLE_COMPOSITING_MODE: '1',
      WEBKIT_DISABLE_DMABUF_RENDERER: '1',
      GDK_BACKEND: 'x11',
      NO_AT_BRIDGE: '1',
      WAYLAND_DISPLAY: '',
    },
  });
  const ready = () =>
    fetch(`http://127.0.0.1:${port}/status`)
      .then((r) => r.ok)
      .catch(() => false);
  for (let t = 0; !(await ready()); t += 100) {
    if (t > 30000 || exited(driver)) {
      log('WebKitWebDriver did not start under xvfb-run');
      process.exit(1);
    }
    await sleep(100);
  }
  env.WTR_WEBKIT_DRIVER_PORT = String(port);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const wtr = spawn(process.execPath, [wtrBin, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
// wtr shuts down cleanly only on SIGINT; a terminal's Ctrl-C has already reached it, a second is harmless.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => wtr.kill('SIGINT'));
wtr.on('exit', (code, sig) => process.exit(code ?? 128 + os.constants.signals[sig]));
