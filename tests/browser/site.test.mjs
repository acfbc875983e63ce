// Every HTML page of the built site, loaded with and without JavaScript: HTML + CSS (without
// images) at most 50 KB uncompressed, no request to another origin, content and navigation
// without JavaScript, and no Content-Security-Policy violation under the site's own `_headers`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useSite } from './lib/harness.mjs';
import { htmlPages } from './lib/site.mjs';
import { pageProblems, WEIGHT_LIMIT } from './lib/checks.mjs';

const site = useSite();

test('every page: under the weight limit, own origin only, complete without JavaScript', async (t) => {
  const noJsContext = await site.context({ javaScriptEnabled: false });
  const withJsContext = await site.context();
  // The pages of short addresses move on at once (meta refresh): they have their own test below.
  const pages = htmlPages(site.dir).filter((p) => !redirectTarget(site.dir, p));
  const failures = [];
  let heaviest = { bytes: 0 };
  // A few tabs at once: a site in six languages has well over a thousand pages, and each load
  // mostly waits on the server and the renderer.
  let next = 0;
  const worker = async () => {
    const noJs = await noJsContext.newPage();
    const withJs = await withJsContext.newPage();
    while (next < pages.length) {
      const p = pages[next++];
      const { problems, bytes } = await pageProblems(noJs, withJs, site.url(p), { scripted: /^\/([a-z]{2}\/)?search\/$/.test(p) });
      if (bytes > heaviest.bytes || (bytes === heaviest.bytes && p < heaviest.p)) heaviest = { bytes, p };
      failures.push(...problems.map((x) => `${p}: ${x}`));
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  failures.sort();
  t.diagnostic(`${pages.length} pages; heaviest HTML + CSS: ${heaviest.p}, ${(heaviest.bytes / 1024).toFixed(1)} KB (limit ${WEIGHT_LIMIT / 1024} KB)`);
  assert.ok(pages.length > 100, `only ${pages.length} pages`);
  assert.deepEqual(failures, []);
  assert.deepEqual(site.contexts.flatMap((g) => g.foreign), [], 'requests to other origins');
  assert.deepEqual(site.contexts.flatMap((g) => g.cspErrors), [], 'Content-Security-Policy violations');
});

/** The address the page at `p` sends the reader on to (`<meta http-equiv="refresh">`), if any. */
function redirectTarget(dir, p) {
  const file = path.join(dir, p.endsWith('/') ? `${p}index.html` : p);
  return /<meta http-equiv="?refresh"? content="0; url=([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
}

test('every short address moves on, without JavaScript, to a page with a heading', async (t) => {
  const context = await site.context({ javaScriptEnabled: false });
  const page = await context.newPage();
  const failures = [];
  const redirects = htmlPages(site.dir).filter((p) => redirectTarget(site.dir, p));
  for (const p of redirects) {
    const target = site.url(redirectTarget(site.dir, p));
    await Promise.all([page.waitForURL(target, { timeout: 10000 }), page.goto(site.url(p))]).catch((e) => failures.push(`${p}: ${e.message.split('\n')[0]}`));
    await page.waitForLoadState('load');
    const status = (await context.request.get(target)).status();
    if (status !== 200) failures.push(`${p}: ${target} answers HTTP ${status}`);
    if (page.url() !== target) failures.push(`${p}: ended at ${page.url()}, not ${target}`);
    else if (!(await page.locator('main h1').count())) failures.push(`${p}: ${target} has no heading in <main>`);
  }
  t.diagnostic(`${redirects.length} short addresses`);
  assert.deepEqual(failures, []);
});

test('the site is served with a Content-Security-Policy that forbids other origins and scripts', () => {
  const file = path.join(site.dir, '_headers');
  assert.ok(existsSync(file), 'the build wrote no _headers');
  const csp = /Content-Security-Policy: (.*)/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
  for (const d of ["default-src 'self'", "script-src 'none'", "style-src 'self'", "img-src 'self'", "frame-ancestors 'none'"]) {
    assert.ok(csp.split('; ').includes(d), `${d} missing from ${csp}`);
  }
});
