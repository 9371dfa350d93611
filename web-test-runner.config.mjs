// Web Test Runner config for awareness-widgets.
//
// Run through `node scripts/test.mjs` (what `npm test` calls): for WebKit it starts WebKitWebDriver
// under xvfb-run and passes the driver's port in WTR_WEBKIT_DRIVER_PORT.
// Browsers: BROWSERS=chromium,firefox,webkit (default: all three), list in scripts/browsers.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { axTreePlugin } from './scripts/ax-plugin.mjs';
import { BIN, wantedBrowsers } from './scripts/browsers.mjs';
import { CHROMIUM } from './scripts/chromium.mjs';
import { litTrimServed } from './build/lit-trim.mjs';
import { inputPlugin } from './test/plugins/input.mjs';
import { frameworkAppsPlugin } from './test/plugins/apps.mjs';

const rootDir = path.dirname(fileURLToPath(import.meta.url));

function chromium() {
  return chromeLauncher({ launchOptions: CHROMIUM });
}

function firefox() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: BIN.firefox, headless: true },
  });
}

function webkit() {
  const port = Number(process.env.WTR_WEBKIT_DRIVER_PORT);
  if (!port) {
    throw new Error(
      'WebKit needs WebKitWebDriver under Xvfb: run the tests with `node scripts/test.mjs` ' +
        '(or `npm test`), or set BROWSERS=chromium,firefox.',
    );
  }
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    path: '/',
    logLevel: 'error',
    connectionRetryCount: 2,
    connectionRetryTimeout: 120000,
    capabilities: {
      browserName: 'MiniBrowser',
      // Debian's WebKitWebDriver rejects WebDriver BiDi.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: BIN.miniBrowser, args: ['--automation'] },
    },
  });
}

const launchers = { chromium, firefox, webkit };
const tsconfig = path.join(rootDir, 'tsconfig.json');

/**
 * Host pages for the drop-in tests (test/embed/): a whole HTML page made from the query string,
 * with its Content-Security-Policy sent as a real HTTP header, as a partner's server would.
 *   /__host?head=...&body=...&csp=...
 */
function hostPages(ctx, next) {
  if (ctx.path !== '/__host') return next();
  const { head = '', body = '', csp } = ctx.query;
  if (csp) ctx.set('Content-Security-Policy', String(csp));
  ctx.type = 'html';
  ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/**
 * The drop-in tests must load dist/ exactly as built: esbuild (targeting es2022) would otherwise
 * reformat every .js it serves, the bundle included.
 */
function servedAsBuilt(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));
  return plugin;
}

export default {
  rootDir,
  middleware: [hostPages],
  files: ['test/**/*.test.ts'],
  // Lit's production build with the drop-in script's trims (build/lit-trim.mjs): every test runs
  // on the Lit the bundle ships.
  nodeResolve: { exportConditions: ['production'] },
  // One test file per browser at a time: the webdriver launcher only uses a fresh top-level page per
  // file (SessionManager) when concurrency is 1; otherwise it runs files in iframes.
  concurrency: 1,
  concurrentBrowsers: 2,
  browsers: wantedBrowsers().map((name) => launchers[name]()),
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 300000,
  // A limit for a test that hangs, not a measure of speed: generous, so that a busy machine
  // (two cores shared with other work) never turns a slow pass into a failure.
  testFramework: { config: { ui: 'bdd', timeout: 30000 } },
  plugins: [
    litTrimServed(),
    axTreePlugin(),
    // Real touch, pen and key input for the tests (test/input.ts).
    inputPlugin(),
    // The React 19 and Vue 3 apps of test/frameworks.test.ts, bundled by esbuild on request.
    frameworkAppsPlugin({ rootDir }),
    servedAsBuilt(
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        // experimentalDecorators / useDefineForClassFields come from tsconfig.json.
        ...(fs.existsSync(tsconfig) ? { tsconfig } : {}),
      }),
    ),
  ],
};
