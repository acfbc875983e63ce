// Launches Debian's Chromium through playwright-core, with the flags this sandbox and CI need, and
// opens pages that may talk to the site's own origin only: every other request is recorded and
// aborted, so nothing ever leaves the machine.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Time limit of every single browser step (navigation, click, evaluation), in ms. */
export const STEP_TIMEOUT = 15_000;

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_FLAGS,
    headless: true,
    timeout: 30_000,
  });
}

/**
 * A new context whose pages may only reach `origin`. Returns {context, foreign, cspErrors}:
 * `foreign` lists every URL of another origin a page asked for (the request is aborted),
 * `cspErrors` every console message about a Content-Security-Policy violation.
 */
export async function guardedContext(browser, origin, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  context.setDefaultTimeout(STEP_TIMEOUT);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT);
  const foreign = [];
  const cspErrors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) {
      return route.continue();
    }
    foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => watchConsole(page, cspErrors));
  return { context, foreign, cspErrors };
}

function watchConsole(page, cspErrors) {
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) {
      cspErrors.push(`${page.url()}: ${msg.text()}`);
    }
  });
}

/** Opens `url` in a new page of `context` and waits for it to load; fails on an HTTP error. */
export async function open(context, url, { allowStatus = [200] } = {}) {
  const page = await context.newPage();
  const res = await page.goto(url, { waitUntil: 'load' });
  if (!res || !allowStatus.includes(res.status())) {
    await page.close();
    throw new Error(`${url}: HTTP ${res?.status()}`);
  }
  return page;
}
