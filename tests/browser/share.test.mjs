// Share links on the SOHO meeting in English and Urdu: what the page asks for is all from the
// site itself (Chromium's network log, JavaScript on and off), nothing is requested from
// WhatsApp or Facebook before a tap, the links carry no script, the address is shown as text,
// and the copy button shows only where JavaScript runs and copies the address.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from './lib/harness.mjs';

const site = useSite();
const PAGES = ['/events/soho-social-enterprise-network/', '/ur/events/soho-social-enterprise-network/'];

/** Every request `page` makes while `step` runs, as URLs. */
async function requests(page, step) {
  const seen = [];
  const note = (r) => seen.push(r.url());
  page.on('request', note);
  await step();
  page.off('request', note);
  return seen;
}

for (const path of PAGES) {
  test(`${path}: share links are plain links; nothing leaves the site before a tap`, async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await site.context({ javaScriptEnabled });
      const page = await context.newPage();
      const urls = await requests(page, () => page.goto(site.url(path), { waitUntil: 'networkidle' }));
      const other = urls.filter((u) => !u.startsWith(site.origin));
      assert.deepEqual(other, [], `JavaScript ${javaScriptEnabled ? 'on' : 'off'}: requests to other origins`);
      const links = await page.$$eval('aside.share a', (as) => as.map((a) => ({
        href: a.getAttribute('href'),
        handlers: a.getAttributeNames().filter((n) => n.startsWith('on')),
      })));
      assert.equal(links.length, 4);
      for (const l of links) {
        assert.match(l.href, /^(https:\/\/wa\.me\/\?text=|sms:\?&body=|mailto:\?subject=|https:\/\/www\.facebook\.com\/sharer\/sharer\.php\?u=)/);
        assert.ok(!/^javascript:/i.test(l.href));
        assert.deepEqual(l.handlers, [], `${l.href} has event handlers`);
      }
      assert.equal(await page.locator('aside.share script').count(), 0);
      // The page's own address (its canonical one, as published), written out.
      const address = await page.locator('aside.share .share-url').innerText();
      assert.equal(new URL(address).pathname, path);
      assert.equal(address, await page.getAttribute('link[rel=canonical]', 'href'));
      const copy = page.locator('aside.share button.share-copy');
      assert.equal(await copy.isVisible(), javaScriptEnabled, `copy button with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
      await context.close();
    }
  });
}

test('the copy button copies the address and says so', async () => {
  const context = await site.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
  const page = await context.newPage();
  await page.goto(site.url(PAGES[1]), { waitUntil: 'load' });
  const urls = await requests(page, () => page.locator('aside.share button.share-copy').click());
  assert.deepEqual(urls.filter((u) => !u.startsWith(site.origin)), []);
  const address = await page.locator('aside.share .share-url').innerText();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), address);
  assert.equal(await page.locator('aside.share .share-status').innerText(), 'لنک کاپی ہو گیا');
  await context.close();
});
