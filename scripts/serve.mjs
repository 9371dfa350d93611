#!/usr/bin/env node
/**
 * npm start (after the build): serves the showcase and the built bundle on localhost, with no
 * dependencies. Pages load dist/awareness-widgets.js by a plain <script> tag, as partners do.
 * PORT=8080 npm start picks the port; by default the first free one from 8000.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
/** Only these folders are served. */
const PUBLIC = ['showcase', 'dist'];

function fileFor(urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  const file = normalize(join(root, path));
  if (!PUBLIC.some((dir) => file.startsWith(join(root, dir)))) return undefined;
  if (existsSync(file) && statSync(file).isDirectory()) return join(file, 'index.html');
  return file;
}

const server = createServer((req, res) => {
  // The showcase's pages link their files relatively, so they live under /showcase/.
  if (req.url === '/' || req.url === '/showcase') {
    res.writeHead(302, { location: '/showcase/' }).end();
    return;
  }
  const file = fileFor(req.url ?? '/');
  if (!file || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  createReadStream(file).pipe(res);
});

function listen(port) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && !process.env.PORT) listen(port + 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    const base = `http://localhost:${port}`;
    console.log(`\nawareness-widgets showcase: ${base}/showcase/`);
    console.log(`  school portal:  ${base}/showcase/school.html`);
    console.log(`  blog post:      ${base}/showcase/blog.html`);
    console.log(`  embed builder:  ${base}/dist/builder.html`);
    console.log('Press Ctrl-C to stop.');
  });
}
listen(Number(process.env.PORT) || 8000);
