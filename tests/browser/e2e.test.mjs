// End-to-end paths through the bundled portal in Chromium, as residents use it: on a phone and a
// desktop, with the keyboard only, without JavaScript. Screenshots go to target/screenshots/
// (or $SCREENSHOT_DIR) for CI to keep.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useSite } from './lib/harness.mjs';
import { open } from './lib/browser.mjs';
import { pageKinds, firstItem } from './lib/site.mjs';
import { eventCalendarPath, toolkitDownloadPath, keyboardProblems, horizontalOverflow } from './lib/checks.mjs';

const site = useSite();
const SHOTS = path.resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

describe('downloads', () => {
  test('home -> events -> an event -> its .ics download arrives as text/calendar', async () => {
    const context = await site.context();
    assert.deepEqual(await eventCalendarPath(context, site.server), []);
  });

  test('a toolkit page -> every file download arrives with the size shown on the page', async () => {
    const context = await site.context();
    const { problems, files } = await toolkitDownloadPath(context, site.server);
    assert.deepEqual(problems, []);
    assert.ok(files >= 2, `only ${files} files downloaded`);
  });
});

describe('keyboard only', () => {
  test('on every page kind the skip link works and every link is reachable with visible focus', async (t) => {
    const context = await site.context({ reducedMotion: 'reduce' });
    const failures = [];
    for (const [kind, p] of Object.entries(pageKinds(site.dir))) {
      const page = await open(context, site.url(p), { allowStatus: [200, 404] });
      const problems = await keyboardProblems(page);
      await page.close();
      t.diagnostic(`${kind} ${p}: ${problems.length} problems`);
      failures.push(...problems.map((x) => `${kind} ${p}: ${x}`));
    }
    assert.deepEqual(failures, []);
  });
});

describe('without JavaScript', () => {
  test('content is there and navigation works: home -> events -> event, home -> toolkits -> toolkit -> download', async () => {
    const context = await site.context({ javaScriptEnabled: false });
    const page = await open(context, site.url('/'));
    assert.ok((await page.locator('main h1').innerText()).length > 0);
    await page.locator('nav[aria-label="Main"] a', { hasText: /^Events$/ }).click();
    await page.waitForURL(/\/events\/$/);
    assert.ok((await page.locator('main .card-event').count()) > 0, 'no events listed');
    await page.locator('main .card-event .card-title a').first().click();
    await page.waitForURL(/\/events\/[^/]+\/$/);
    assert.ok((await page.locator('main h1').innerText()).length > 0);
    assert.ok((await page.locator('main dl.facts').innerText()).includes('When'));
    await page.locator('nav[aria-label="Main"] a', { hasText: /^Toolkits$/ }).click();
    await page.waitForURL(/\/toolkits\/$/);
    await page.locator('main .card-title a').first().click();
    await page.waitForURL(/\/toolkits\/[^/]+\/$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('main a[download]').first().click()]);
    assert.equal(await download.failure(), null);
    await page.close();
  });
});

describe('screenshots (CI artefacts)', () => {
  test('home, an event and a toolkit page at 360 px and 1280 px, none wider than the screen', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const kinds = pageKinds(site.dir);
    const pages = { home: kinds.home, event: kinds.event, toolkit: kinds.toolkit, story: kinds.story };
    const overflow = [];
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await site.context({ viewport, reducedMotion: 'reduce' });
      for (const [name, p] of Object.entries(pages)) {
        const page = await open(context, site.url(p));
        const extra = await horizontalOverflow(page);
        if (extra > 0) overflow.push(`${p} at ${viewport.width} px: ${extra} px too wide`);
        await page.screenshot({ path: path.join(SHOTS, `${name}-${viewport.width}.png`), fullPage: true });
        await page.close();
      }
    }
    assert.deepEqual(overflow, []);
  });

  test('a story in Urdu and Arabic at 360 px and 1280 px', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const story = translatedStory(site.dir);
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await site.context({ viewport, reducedMotion: 'reduce' });
      for (const lang of ['ur', 'ar']) {
        const page = await open(context, site.url(`/${lang}${story}`));
        assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
        assert.equal(await horizontalOverflow(page), 0, `/${lang}${story} is wider than ${viewport.width} px`);
        await page.screenshot({ path: path.join(SHOTS, `story-${lang}-${viewport.width}.png`), fullPage: true });
        await page.close();
      }
    }
  });
});

describe('languages', () => {
  test('switching English -> Urdu on a story keeps the story, is right to left and fits 360 px', async () => {
    const context = await site.context({ viewport: PHONE });
    const story = translatedStory(site.dir);
    const page = await open(context, site.url(story));
    // The contract: a language switcher nav (aria-label with "Language", or a list of hreflang links).
    // On a phone the switcher sits in a closed <details> menu of the header: open it first.
    const menu = page.locator('.lang-menu > summary');
    if (await menu.isVisible()) await menu.click();
    const switcher = page.locator('nav[aria-label*="Language" i], nav:has(a[hreflang])').first();
    await switcher.locator('a[hreflang="ur"]').click();
    await page.waitForURL((u) => u.pathname === `/ur${story}`);
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ur');
    assert.equal(await horizontalOverflow(page), 0, 'the Urdu story is wider than the 360 px screen');
    // Back to English through the switcher lands on the same story.
    if (await menu.isVisible()) await menu.click();
    await page.locator('nav[aria-label*="Language" i] a[hreflang="en"], nav:has(a[hreflang]) a[hreflang="en"]').first().click();
    await page.waitForURL((u) => u.pathname === story);
    await page.close();
  });
});

describe('print', () => {
  test('the survey flyer prints to exactly one A5 page', async () => {
    const context = await site.context();
    const survey = await open(context, site.url(pageKinds(site.dir).survey));
    const href = await survey.locator('main a[href*="flyer" i], main a:text-matches("flyer", "i")').first().getAttribute('href');
    await survey.close();
    for (const dir of ['', '/ur']) {
      const page = await open(context, site.url(dir + new URL(href, site.server.url).pathname));
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A5', preferCSSPageSize: true, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
      assert.equal(pages, 1, `${page.url()} prints on ${pages} pages`);
      await page.close();
    }
  });
});

/** The first story that has both an Urdu and an Arabic version. */
function translatedStory(dir) {
  return firstItem(dir, 'stories', (p) =>
    ['ur', 'ar'].every((l) => existsSync(path.join(dir, l, 'stories', path.basename(p), 'index.html'))));
}
