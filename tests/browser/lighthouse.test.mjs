// Lighthouse (mobile preset: a mid-range phone on a slow 4G connection, simulated) on the home
// page, an event, a story and the survey page, against the loopback server with the site's
// `_headers`. Performance at least 95, accessibility, best practices and SEO 100. Scores are
// printed and written to target/lighthouse/ (or $LIGHTHOUSE_DIR) with each full report.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from './lib/server.mjs';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/browser.mjs';
import { siteDir, pageKinds } from './lib/site.mjs';

export const MINIMUM = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 1 };
const OUT = path.resolve(process.env.LIGHTHOUSE_DIR || 'target/lighthouse');
const RUN_TIMEOUT = 120_000;

let server;
let chrome;
const scores = {};

before(async () => {
  server = await serve(siteDir());
  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || CHROMIUM,
    chromeFlags: CHROMIUM_FLAGS.map((f) => (f === '--headless' ? '--headless=new' : f)),
    maxConnectionRetries: 100,
  });
  mkdirSync(OUT, { recursive: true });
});

after(async () => {
  writeFileSync(path.join(OUT, 'scores.json'), JSON.stringify(scores, null, 2) + '\n');
  chrome?.kill();
  await server?.close();
});

const kinds = pageKinds(siteDir());
for (const [name, p] of Object.entries({ home: kinds.home, event: kinds.event, story: kinds.story, survey: kinds.survey })) {
  test(`Lighthouse, mobile: ${name} (${p})`, { timeout: RUN_TIMEOUT + 30_000 }, async (t) => {
    const url = new URL(p.slice(1), server.url).href;
    let timer;
    const run = lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(MINIMUM),
    });
    const timeout = new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`Lighthouse took over ${RUN_TIMEOUT / 1000} s on ${url}`)), RUN_TIMEOUT); });
    const result = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
    const lhr = result.lhr;
    assert.equal(lhr.runtimeError, undefined, JSON.stringify(lhr.runtimeError));
    writeFileSync(path.join(OUT, `${name}.json`), result.report);
    scores[name] = { url: p, ...Object.fromEntries(Object.entries(lhr.categories).map(([k, c]) => [k, Math.round(c.score * 100)])) };
    t.diagnostic(`${name} ${p}: ${Object.entries(scores[name]).filter(([k]) => k !== 'url').map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const low = [];
    for (const [cat, min] of Object.entries(MINIMUM)) {
      const c = lhr.categories[cat];
      if (c.score === null || c.score < min) {
        const failing = c.auditRefs
          .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
          .map((r) => `${r.id} ${lhr.audits[r.id].displayValue ?? lhr.audits[r.id].score}`);
        low.push(`${cat} ${Math.round((c.score ?? 0) * 100)} < ${min * 100}: ${failing.join('; ')}`);
      }
    }
    assert.deepEqual(low, []);
  });
}
