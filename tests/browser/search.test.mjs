// Search in a real browser, on the built portal served on 127.0.0.1 under its own `_headers`
// (the search page's policy lets the site's own script and WebAssembly run): English queries
// find the right page first, an Urdu query finds the Urdu survey, the kind filter narrows the
// results, and without JavaScript the search page offers the filter pages instead.
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { useSite } from './lib/harness.mjs';
import { open } from './lib/browser.mjs';

const site = useSite();

/** The result URLs (paths) the search page shows for `query`, in order. */
async function results(page, query) {
  await page.locator('#search-options').waitFor(); // shown once the index is loaded
  const status = page.locator('#search-status');
  await page.locator('#search-q').fill(query);
  await status.filter({ hasText: query }).waitFor();
  return page.locator('#search-results .result h2 a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
}

test('English queries find the right page first', async () => {
  const page = await open(await site.context(), site.url('/search/'));
  const want = {
    IELTS: /^\/opportunities\/ielts-classes-/,
    'social enterprise': /social-enterprise/,
    Summerfield: /^\/events\/survey-drop-in-summerfield-/,
    volunteer: /^\/opportunities\/community-partner-volunteers\/$/,
  };
  for (const [query, first] of Object.entries(want)) {
    const found = await results(page, query);
    assert.ok(found.length > 0, `${query}: no results`);
    assert.match(found[0], first, `${query}: first of ${found.join(', ')}`);
    assert.ok(found.every((u) => !/^\/(ur|ar|pl|bn|so)\//.test(u)), `${query}: a page in another language: ${found}`);
  }
  // A result shows the kind and an excerpt with the matched word marked.
  await results(page, 'IELTS');
  const first = page.locator('#search-results .result').first();
  assert.ok((await first.locator('.kind').innerText()).length > 0, 'no kind');
  assert.match(await first.locator('.excerpt mark').first().innerText(), /ielts/i);
  await page.close();
});

test('an Urdu query finds the Urdu survey page, and the form works from the header', async () => {
  const context = await site.context();
  const home = await open(context, site.url('/ur/'));
  await home.locator('header form.search-form input[name=q]').fill('سروے');
  await home.locator('header form.search-form button').click();
  await home.waitForURL(/\/ur\/search\/\?q=/);
  await home.locator('#search-status').filter({ hasText: 'سروے' }).waitFor();
  const found = await home.locator('#search-results .result h2 a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  assert.equal(found[0], '/ur/surveys/community-survey/', found.join(', '));
  await home.close();
});

test('the kind filter narrows the results', async () => {
  const page = await open(await site.context(), site.url('/search/'));
  const all = await results(page, 'training');
  const kinds = await page.locator('#search-kind option').evaluateAll((o) => o.map((x) => x.value).filter(Boolean));
  assert.ok(kinds.includes('Event') && kinds.includes('Opportunity'), `kinds: ${kinds}`);
  await page.locator('#search-kind').selectOption('Event');
  await page.locator('#search-status').filter({ hasText: 'training' }).waitFor();
  await page.waitForFunction(() => [...document.querySelectorAll('#search-results .result .kind')].every((k) => k.textContent.startsWith('Event')));
  const events = await page.locator('#search-results .result h2 a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  assert.ok(events.length > 0 && events.length < all.length, `${events.length} events of ${all.length}`);
  assert.ok(events.every((u) => u.startsWith('/events/')), events.join(', '));
  await page.close();
});

test('without JavaScript the search page says so and offers the filter pages', async () => {
  const page = await open(await site.context({ javaScriptEnabled: false }), site.url('/search/?q=IELTS'));
  assert.match(await page.locator('main').innerText(), /needs JavaScript/);
  const links = await page.locator('.search-browse a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
  for (const want of ['/opportunities/', '/events/', '/opportunities/only/free/']) {
    assert.ok(links.includes(want), `no link to ${want}: ${links}`);
  }
  await page.locator('.search-browse a[href="/opportunities/only/free/"]').click();
  await page.waitForURL(/\/opportunities\/only\/free\/$/);
  assert.ok((await page.locator('main .card-opportunity').count()) > 0, 'the filter page lists nothing');
  await page.close();
});

test('first query: what the browser fetches for search, compressed (reported, not asserted)', async (t) => {
  const context = await site.context();
  const page = await context.newPage();
  const fetched = [];
  page.on('response', (res) => {
    const u = new URL(res.url());
    if (u.pathname.startsWith('/pagefind/') || /^\/assets\/search\.[0-9a-f]+\.js$/.test(u.pathname)) fetched.push(res.body().then((b) => [u.pathname, b], () => [u.pathname, Buffer.alloc(0)]));
  });
  await page.goto(site.url('/search/?q=IELTS'), { waitUntil: 'load' });
  await page.locator('#search-status').filter({ hasText: 'IELTS' }).waitFor();
  await page.waitForLoadState('networkidle');
  // Pagefind's index, fragments and WebAssembly are gzip already; scripts and JSON are counted
  // as a server would send them gzipped.
  const files = await Promise.all(fetched);
  const size = ([, b]) => (b[0] === 0x1f && b[1] === 0x8b ? b.length : gzipSync(b, { level: 9 }).length);
  const total = files.reduce((n, f) => n + size(f), 0);
  t.diagnostic(`first query "IELTS": ${files.length} files, ${(total / 1024).toFixed(1)} KB compressed (target 200 KB)`);
  for (const f of files) t.diagnostic(`  ${f[0]}: ${(size(f) / 1024).toFixed(1)} KB`);
  assert.ok(files.some(([p]) => p.endsWith('.pf_fragment')), 'no fragment was fetched');
  await page.close();
});
