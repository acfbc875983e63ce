#!/usr/bin/env node
// Benchmark (a figure, never a test): how soon a resident on a slow phone connection sees the
// first search result on the built portal. Serves the built site on 127.0.0.1 (text files
// gzipped as a real host sends them; Pagefind's files are gzip already), opens it in Chromium
// with DevTools' "Slow 4G" throttling (562.5 ms round trip, 1.44 Mbit/s down, 675 kbit/s up:
// the values DevTools applies for that preset) and the cache off, and prints for each query:
//  - cold: from navigating to /search/?q=QUERY (nothing cached) until the first result shows;
//  - typed: on the search page already loaded, from typing QUERY until its first result shows;
// Median of --runs runs (default 5). (What the first query fetches, in bytes, is reported by
// tests/browser/search.test.mjs: Pagefind fetches from a worker, which this page's DevTools
// session does not see.)
//
//   node scripts/bench-search.mjs public [--runs 5] [--lang ur] [QUERY...]
//
// Needs `npm ci` (playwright-core) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const dir = path.resolve(args.shift() || 'public');
let runs = 5;
let lang = '';
const queries = [];
while (args.length) {
  const a = args.shift();
  if (a === '--runs') runs = Number(args.shift());
  else if (a === '--lang') lang = `${args.shift()}/`;
  else queries.push(a);
}
if (!queries.length) queries.push('IELTS', 'volunteer');

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.webp': 'image/webp', '.wasm': 'application/wasm' };
const TEXT = new Set(['.html', '.css', '.js', '.json', '.svg']);

const server = createServer(async (req, res) => {
  let p = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (p.endsWith('/')) p += 'index.html';
  const file = path.join(dir, p);
  if (!file.startsWith(dir)) return res.writeHead(403).end();
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    let body = await readFile(file);
    const ext = path.extname(file);
    const headers = { 'content-type': TYPES[ext] || 'application/octet-stream' };
    if (TEXT.has(ext)) {
      body = gzipSync(body, { level: 6 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});

/** A page throttled to Slow 4G with the cache off. */
async function slowPage() {
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 562.5,
    downloadThroughput: (1.44 * 1024 * 1024) / 8,
    uploadThroughput: (675 * 1024) / 8,
  });
  return { context, page };
}

const first = (page) => page.locator('#search-results .result h2 a').first().waitFor({ timeout: 60_000 });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`site ${dir}, language /${lang}, Slow 4G (562.5 ms RTT, 1.44 Mbit/s down), cache off, ${runs} runs each, median`);
for (const q of queries) {
  const cold = [];
  const typed = [];
  for (let i = 0; i < runs; i++) {
    let s = await slowPage();
    const t0 = Date.now();
    await s.page.goto(`${origin}/${lang}search/?q=${encodeURIComponent(q)}`, { timeout: 60_000 });
    await first(s.page);
    cold.push(Date.now() - t0);
    await s.context.close();
    s = await slowPage();
    // Loaded: the index's entry, WebAssembly and filters are in, the network is quiet.
    await s.page.goto(`${origin}/${lang}search/`, { timeout: 60_000, waitUntil: 'networkidle' });
    await s.page.locator('#search-options').waitFor({ timeout: 60_000 });
    const t1 = Date.now();
    await s.page.locator('#search-q').fill(q);
    await first(s.page);
    typed.push(Date.now() - t1);
    await s.context.close();
  }
  console.log(`"${q}": cold ${median(cold)} ms (${cold.join(', ')}); typed on a loaded page ${median(typed)} ms (${typed.join(', ')})`);
}
await browser.close();
server.close();
