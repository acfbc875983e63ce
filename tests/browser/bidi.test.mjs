// Right-to-left pages at 360 px: left-to-right tokens inside Arabic text (the brand, an address,
// the flyer's address to type) read in their own order, the flyer's address stays on one line
// and the flyer is centred; screenshots of an Urdu and an Arabic event page and the Arabic flyer
// are written to target/screenshots/ (or $USEIT_SCREENSHOTS) to look at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { useSite } from './lib/harness.mjs';

const site = useSite();
const shots = process.env.USEIT_SCREENSHOTS ?? path.join('target', 'screenshots');

async function phone() {
  const page = await (await site.context({ viewport: { width: 360, height: 800 } })).newPage();
  return page;
}

// For each element matching `selector` whose text passes `want`: the x of the left edge of its
// first and last characters, and how many lines it takes.
async function order(page, selector, want) {
  return page.$$eval(selector, (els, src) => {
    const pass = new Function('t', `return (${src})(t)`);
    return els.filter((e) => pass(e.textContent)).map((e) => {
      const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);
      const nodes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.data.length) nodes.push(n);
      const rect = (node, i) => {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        return r.getClientRects()[0];
      };
      const first = nodes[0];
      const last = nodes[nodes.length - 1];
      // Skip isolate controls (FSI/PDI) at either end.
      let a = 0;
      while (/[\u2066-\u2069]/.test(first.data[a])) a += 1;
      let z = last.data.length - 1;
      while (/[\u2066-\u2069]/.test(last.data[z])) z -= 1;
      const lines = new Set([...e.getClientRects()].map((r) => Math.round(r.top))).size;
      return { text: e.textContent, first: rect(first, a).left, last: rect(last, z).left, lines };
    });
  }, want.toString());
}

test('the brand and an address inside Arabic text read left to right', async () => {
  const page = await phone();
  await page.goto(site.url('/ar/about/'));
  const brands = await order(page, 'main bdi[dir=ltr]', (t) => t.includes('USE-IT!'));
  assert.ok(brands.length > 0, 'no isolated brand in the Arabic about page');
  for (const b of brands) assert.ok(b.first < b.last, `reversed: ${JSON.stringify(b)}`);
  const nav = await order(page, '.brand bdi', () => true);
  assert.ok(nav[0].first < nav[0].last, `brand in the header reversed: ${JSON.stringify(nav[0])}`);
  await page.goto(site.url('/ar/privacy/'));
  const mails = await order(page, 'main bdi[dir=ltr]', (t) => t.includes('@'));
  assert.ok(mails.length > 0, 'no isolated e-mail address in the Arabic privacy page');
  for (const m of mails) assert.ok(m.first < m.last, `reversed: ${JSON.stringify(m)}`);
});

test('the Arabic flyer: the address to type on one line, in order, and the flyer centred', async () => {
  const page = await phone();
  await page.goto(site.url('/ar/surveys/community-survey/flyer/'));
  const [url] = await order(page, '.address bdi, .url bdi', () => true);
  assert.ok(url, 'no address on the flyer');
  assert.equal(url.lines, 1, `the address breaks: ${JSON.stringify(url)}`);
  assert.ok(url.first < url.last, `reversed: ${JSON.stringify(url)}`);
  const box = await page.$eval('.flyer', (e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left, right: document.documentElement.clientWidth - r.right };
  });
  assert.ok(Math.abs(box.left - box.right) <= 2, `not centred: ${JSON.stringify(box)}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the flyer overflows by ${overflow} px`);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: path.join(shots, 'ar-flyer-360.png'), fullPage: true });
});

test('screenshots of an Urdu and an Arabic event page at 360 px', async () => {
  const page = await phone();
  mkdirSync(shots, { recursive: true });
  for (const lang of ['ur', 'ar']) {
    await page.goto(site.url(`/${lang}/events/`));
    // An event translated into the language (its URL under the language's prefix).
    const hrefs = await page.$$eval('main .card-title a, main h3 a, main h2 a', (as) => as.map((a) => a.pathname));
    const href = hrefs.find((h) => h.startsWith(`/${lang}/events/`) && h.split('/').length === 5);
    assert.ok(href, `no ${lang} event page linked from /${lang}/events/: ${hrefs}`);
    await page.goto(site.url(href));
    assert.equal(await page.$eval('html', (h) => h.dir), 'rtl');
    await page.screenshot({ path: path.join(shots, `${lang}-event-360.png`), fullPage: true });
  }
});
