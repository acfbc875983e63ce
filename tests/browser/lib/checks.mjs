// The checks themselves, as functions that return a list of problems (empty = pass), so the
// same code runs on the bundled portal (must find nothing) and on the deliberately broken fixture
// in tests/browser/fixtures/bad-site/ (must find each problem).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { open } from './browser.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rule sets axe runs: 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Largest HTML + CSS of one page, without images, uncompressed. */
export const WEIGHT_LIMIT = 50 * 1024;

/** axe-core violations of the WCAG A/AA rules on an open page, one line each. */
export async function axeProblems(page) {
  // CDP evaluation is not subject to the page's Content-Security-Policy (script-src 'none').
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, WCAG_TAGS);
  return violations.map((v) => `axe ${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`);
}

/**
 * Loads `url` in a page with JavaScript disabled and one with it enabled (pages from contexts
 * made with and without `javaScriptEnabled`, reused from one URL to the next) and reports: HTML +
 * CSS over the weight limit, and a page showing less without JavaScript (or no main content).
 * Requests to other origins are caught by the contexts' guards. Returns {problems, bytes}.
 * A `scripted` page (the search page, the only one with a script) may show more with
 * JavaScript than without; it must still show a heading and main content without it.
 */
export async function pageProblems(noJsPage, jsPage, url, { scripted = false } = {}) {
  const problems = [];
  const bodies = [];
  const onResponse = (res) => {
    const t = res.request().resourceType();
    if (t === 'document' || t === 'stylesheet') bodies.push(res.body().then((b) => b.length, () => 0));
  };
  noJsPage.on('response', onResponse);
  const res = await noJsPage.goto(url, { waitUntil: 'load' });
  noJsPage.off('response', onResponse);
  if (!res || ![200, 404].includes(res.status())) problems.push(`HTTP ${res?.status()}`);
  const bytes = (await Promise.all(bodies)).reduce((a, b) => a + b, 0);
  if (bytes > WEIGHT_LIMIT) problems.push(`HTML + CSS is ${(bytes / 1024).toFixed(1)} KB, over the ${WEIGHT_LIMIT / 1024} KB limit`);
  const without = await visibleText(noJsPage);
  if (!without.h1 || without.main.length < 20) problems.push('without JavaScript the page shows no heading or main content');
  await jsPage.goto(url, { waitUntil: 'load' });
  const withText = await visibleText(jsPage, { enhancements: false });
  if (!scripted && withText.main !== without.main) {
    problems.push(`needs JavaScript: its main content differs without it (${without.main.length} characters without, ${withText.main.length} with)`);
  }
  return { problems, bytes };
}

/**
 * The page's number of h1 and the visible text of its <main>. With `enhancements: false`, the
 * controls that exist only with JavaScript (`data-needs-js`, such as the share links' copy
 * button, whose address the page shows as text anyway) are left out of the text.
 */
async function visibleText(page, { enhancements = true } = {}) {
  const h1 = await page.locator('h1').count();
  const main = page.locator('main');
  let text = '';
  if (await main.count()) {
    text = enhancements
      ? await main.first().innerText()
      : await main.first().evaluate((m) => {
          const extra = [...m.querySelectorAll('[data-needs-js]:not([hidden])')];
          for (const e of extra) e.hidden = true;
          const t = m.innerText;
          for (const e of extra) e.hidden = false;
          return t;
        });
  }
  return { h1, main: text.replace(/\s+/g, ' ').trim() };
}

/**
 * Keyboard only: the first Tab focuses the skip link, Enter moves focus to <main>, and Tab reaches
 * every visible link, button and form field in order, each with a visible focus indicator (its
 * outline or box-shadow differs from when it is not focused).
 */
export async function keyboardProblems(page) {
  const problems = [];
  const url = page.url();
  // Every focusable element, numbered, with its style when not focused.
  const expected = await page.evaluate(() => {
    const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    return [...document.querySelectorAll(sel)]
      .filter((el) => el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]') && !el.disabled)
      .map((el, i) => {
        el.dataset.kbIndex = String(i);
        const s = getComputedStyle(el);
        return { i, label: `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 40)}"`, style: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}` };
      });
  });
  const focused = () => page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return null;
    const s = getComputedStyle(a);
    const r = a.getBoundingClientRect();
    return {
      i: a.dataset.kbIndex, tag: a.tagName, id: a.id, href: a.getAttribute('href'), text: a.textContent.trim().slice(0, 40),
      skip: a.matches('a[href^="#"]') && /skip/i.test(a.textContent),
      style: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.boxShadow}`,
      indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
      onScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight,
    };
  });
  const reached = new Map();
  let first = null;
  for (let n = 0; n < expected.length + 3; n++) {
    await page.keyboard.press('Tab');
    const f = await focused();
    if (n === 0) first = f;
    if (!f || f.i === undefined || reached.has(f.i)) break; // left the page or wrapped around
    reached.set(f.i, f);
  }
  for (const e of expected) {
    const f = reached.get(String(e.i));
    if (!f) { problems.push(`Tab never reaches ${e.label}`); continue; }
    if (f.style === e.style || !f.indicator) problems.push(`${e.label} shows no visible focus (${f.style})`);
    if (!f.onScreen) problems.push(`${e.label} is focused off screen`);
  }
  // The skip link: first Tab, visible, and Enter moves focus into <main>.
  if (!first?.skip) return [`the first Tab focuses ${first ? `${first.tag} "${first.text}"` : 'nothing'}, not a skip link`, ...problems];
  await page.goto(url, { waitUntil: 'load' });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const target = first.href.slice(1);
  const moved = await page.waitForFunction((id) => document.activeElement?.id === id, target, { timeout: 2_000 }).then(() => true, () => false);
  if (!moved) problems.push(`Enter on the skip link does not move focus to #${target}`);
  else if (!(await page.evaluate(() => document.activeElement.tagName === 'MAIN'))) problems.push(`the skip link's target #${target} is not <main>`);
  else {
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => !!document.activeElement?.closest('main'));
    if (!next) problems.push('after the skip link, Tab does not continue inside <main>');
  }
  return problems;
}

/** The width by which the page is wider than the viewport (0 = no horizontal scrolling). */
export async function horizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Reads a size such as "7.8 kB", "1.2 MB" or "950 B" (decimal units) as a range of bytes. */
export function parseSize(text) {
  const m = /([\d.,]+)\s*(B|kB|KB|MB|GB)\b/.exec(text);
  if (!m) return null;
  const unit = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 }[m[2]];
  const n = parseFloat(m[1].replace(/,/g, ''));
  const decimals = (m[1].split('.')[1] || '').length;
  const half = unit === 1 ? 0 : (0.5 * unit) / 10 ** decimals;
  return { min: n * unit - half, max: n * unit + half, text: m[0] };
}

/**
 * Home -> Events -> an event -> "Add to calendar": the .ics download arrives, is a calendar,
 * and the server sent it as text/calendar. Returns problems.
 */
export async function eventCalendarPath(context, server) {
  const page = await open(context, server.url);
  try {
    await page.locator('nav[aria-label="Main"] a', { hasText: /^Events$/ }).first().click();
    await page.waitForURL(/\/events\/$/);
    // The first event one can still go to (cancelled and past ones offer no calendar).
    await page.locator('main .card-event:has(.card-action a[href$=".ics"]) .card-title a').first().click();
    await page.waitForURL(/\/events\/[^/]+\/$/);
    const link = page.locator('main a[href$=".ics"]', { hasText: /calendar/i }).first();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const failure = await download.failure();
    if (failure) return [`the calendar download failed: ${failure}`];
    const file = await download.path();
    const body = readFileSync(file, 'utf8');
    const problems = [];
    if (!body.startsWith('BEGIN:VCALENDAR')) problems.push(`the download is not a calendar: ${body.slice(0, 40)}`);
    const path = new URL(download.url()).pathname;
    const served = server.log.filter((e) => e.path === path).at(-1);
    if (!served || served.status !== 200) problems.push(`the server answered ${served?.status} for ${path}`);
    else if (!served.type.startsWith('text/calendar')) problems.push(`${path} arrived as ${served.type}, not text/calendar`);
    return problems;
  } catch (e) {
    return [`home -> events -> event -> calendar: ${e.message.split('\n')[0]}`];
  } finally {
    await page.close();
  }
}

/**
 * Toolkits -> a toolkit -> each file: the download arrives with the size shown on the page.
 * Returns {problems, files}.
 */
export async function toolkitDownloadPath(context, server) {
  const page = await open(context, new URL('toolkits/', server.url).href);
  const problems = [];
  let files = 0;
  try {
    await page.locator('main .card-title a').first().click();
    await page.waitForURL(/\/toolkits\/[^/]+\/$/);
    const links = page.locator('main a[download]');
    const count = await links.count();
    if (!count) problems.push('the toolkit page has no download link');
    for (let i = 0; i < count; i++) {
      const link = links.nth(i);
      const shown = parseSize(await link.innerText());
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      const failure = await download.failure();
      if (failure) { problems.push(`${download.url()}: download failed: ${failure}`); continue; }
      const size = readFileSync(await download.path()).length;
      files++;
      if (!shown) problems.push(`${download.url()}: the link shows no size`);
      else if (size < shown.min || size > shown.max) problems.push(`${download.url()}: ${size} bytes arrived, the page says ${shown.text}`);
    }
  } catch (e) {
    problems.push(`toolkits -> toolkit -> download: ${e.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return { problems, files };
}
