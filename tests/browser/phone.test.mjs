// Phone first, in every script: at 360 x 640 in English, Urdu, Arabic and Somali the header is
// one compact block (about 120 px), nothing is wider than the screen, the first item of every
// listing starts on the first screen, and every action (add to calendar, download, filters,
// languages, menus) is a tap target of at least 44 x 44 CSS px. An Arabic event page that is a
// fallback page (no Arabic translation) is checked and photographed at 360 and 1280 px; its
// language menu leads to the original in English. Screenshots go to target/screenshots/ (or
// $SCREENSHOT_DIR).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { useSite } from './lib/harness.mjs';
import { open } from './lib/browser.mjs';
import { horizontalOverflow } from './lib/checks.mjs';

const site = useSite();
const SHOTS = path.resolve(process.env.SCREENSHOT_DIR || 'target/screenshots');
const PHONE = { width: 360, height: 640 };
const DESKTOP = { width: 1280, height: 800 };
const LANGS = ['en', 'ur', 'ar', 'so'];
const LISTINGS = ['', 'opportunities/', 'events/', 'stories/'];
const HEADER_LIMIT = 130;
const TAP = 44;
/** What a resident taps to act: the rule applies to each of these that is on screen. */
const ACTIONS = [
  '.header-menu > summary', '.lang-switch a', '.site-nav a', '.brand a',
  '.card-action a', '.action-line a', 'a.button', '.files a', '.bundle a',
  '.filters a', '.filters-box > summary', '.pager a',
].join(', ');

const prefix = (lang) => (lang === 'en' ? '/' : `/${lang}/`);

/** An Arabic event page that is a fallback page: an event with no `.ar.md` translation. */
function arabicFallbackEvent(dir) {
  const events = path.join(dir, 'ar', 'events');
  for (const name of readdirSync(events).sort()) {
    const file = path.join(events, name, 'index.html');
    if (existsSync(file) && readFileSync(file, 'utf8').includes('notice-language')) return `/ar/events/${name}/`;
  }
  throw new Error(`no Arabic fallback event page under ${events}`);
}

/** Measures the header, overflow, the first listing item and the tap targets of `page`. */
async function measure(page) {
  return page.evaluate(({ actions, tap }) => {
    const box = (el) => el.getBoundingClientRect();
    const header = document.querySelector('.site-header');
    const first = document.querySelector('main .cards > li');
    const small = [...document.querySelectorAll(actions)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }))
      .map((el) => ({ el, r: box(el) }))
      .filter(({ r }) => r.width > 0 && (r.width < tap - 0.5 || r.height < tap - 0.5))
      .map(({ el, r }) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}x${Math.round(r.height)}`);
    return {
      header: header ? box(header).height : 0,
      firstTop: first ? box(first).top + scrollY : null,
      small,
      h1: document.querySelector('h1')?.textContent.trim() ?? '',
      brand: document.querySelector('.brand')?.textContent.trim() ?? '',
    };
  }, { actions: ACTIONS, tap: TAP });
}

/** Opens every `<details>` menu of the header so that the links inside can be measured. */
async function openMenus(page) {
  await page.evaluate(() => document.querySelectorAll('.site-header details').forEach((d) => { d.open = true; }));
}

describe('phone first at 360 x 640', () => {
  for (const lang of LANGS) {
    test(`${lang}: compact header, no overflow, first item on the first screen, 44 px targets`, async () => {
      mkdirSync(SHOTS, { recursive: true });
      const context = await site.context({ viewport: PHONE });
      const failures = [];
      for (const listing of LISTINGS) {
        const url = `${prefix(lang)}${listing}`;
        const page = await open(context, site.url(url));
        assert.equal(await page.getAttribute('html', 'lang'), lang, url);
        const m = await measure(page);
        if (m.header > HEADER_LIMIT) failures.push(`${url}: header ${Math.round(m.header)} px high (at most ${HEADER_LIMIT})`);
        const over = await horizontalOverflow(page);
        if (over > 0) failures.push(`${url}: ${over} px wider than the screen`);
        if (m.firstTop === null) failures.push(`${url}: no listing item`);
        else if (m.firstTop >= PHONE.height) failures.push(`${url}: first item starts at ${Math.round(m.firstTop)} px (screen ${PHONE.height})`);
        if (listing && m.h1 === m.brand) failures.push(`${url}: the heading repeats the brand`);
        failures.push(...m.small.map((s) => `${url}: tap target ${s}`));
        await openMenus(page);
        failures.push(...(await measure(page)).small.map((s) => `${url} (menus open): tap target ${s}`));
        if (listing === 'events/') await page.screenshot({ path: path.join(SHOTS, `phone-events-${lang}.png`) });
        await page.close();
      }
      assert.deepEqual(failures, []);
    });
  }
});

describe('an Arabic fallback page', () => {
  test('is Arabic around the original English text, fits 360 and 1280 px, and its menu leads to the original', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const event = arabicFallbackEvent(site.dir);
    for (const viewport of [PHONE, DESKTOP]) {
      const context = await site.context({ viewport });
      const page = await open(context, site.url(event));
      assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
      assert.equal(await page.getAttribute('h1 span', 'lang'), 'en');
      assert.equal(await horizontalOverflow(page), 0, `${event} is wider than ${viewport.width} px`);
      const m = await measure(page);
      assert.ok(m.header <= HEADER_LIMIT, `header ${m.header} px at ${viewport.width} px`);
      assert.deepEqual(m.small, []);
      await page.screenshot({ path: path.join(SHOTS, `fallback-event-ar-${viewport.width}.png`), fullPage: true });
      if (viewport === PHONE) {
        await page.locator('.lang-menu > summary').click();
        await page.locator('nav.lang-switch a[hreflang="en"]').click();
        await page.waitForURL((u) => u.pathname === event.replace(/^\/ar/, ''));
        assert.equal(await page.getAttribute('html', 'lang'), 'en');
      }
      await page.close();
    }
  });
});
