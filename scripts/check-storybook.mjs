#!/usr/bin/env node
/**
 * After `storybook build`: opens every story of storybook-static/ in headless Chromium and fails
 * unless each one renders its widget (a defined element with text in its shadow root) without a
 * page error. A story that silently renders nothing is the failure this catches.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { puppeteerCore } from '@web/test-runner-chrome';
import { CHROMIUM } from './chromium.mjs';

const root = join(new URL('..', import.meta.url).pathname, 'storybook-static');
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const file = normalize(join(root, decodeURIComponent(req.url.split('?')[0])));
  if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory()) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const stories = Object.values(JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')).entries).filter(
  (e) => e.type === 'story',
);
const browser = await puppeteerCore.launch(CHROMIUM);
const failures = [];
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  for (const story of stories) {
    errors.length = 0;
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    const rendered = await page
      .waitForFunction(
        () =>
          [...document.querySelectorAll('#storybook-root *')].some(
            (el) => el.localName.startsWith('aw-') && (el.shadowRoot?.textContent ?? '').trim().length > 20,
          ),
        { timeout: 10000 },
      )
      .then(
        () => true,
        () => false,
      );
    if (!rendered || errors.length)
      failures.push(`${story.id}: ${rendered ? '' : 'no widget rendered'} ${errors.join('; ')}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Storybook: ${stories.length - failures.length} of ${stories.length} stories render their widget.`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
