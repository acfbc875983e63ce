// A video on a platform (YouTube) is a placeholder until the reader presses play: on a site
// built here from the suite's fallback fixture with such a video, Chromium's network log shows
// no request to another origin while the page loads (JavaScript on and off); without
// JavaScript the page offers a plain link and no button; with it, pressing the button puts the
// platform's privacy-enhanced player in the page, and only then is the platform asked for
// anything (the guarded browser aborts that request: nothing leaves the machine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useSite } from './lib/harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');

/** The fallback fixture with a story carrying a YouTube video, built with the debug binary. */
function buildSite() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'useit-video-'));
  const site = path.join(tmp, 'site');
  fs.cpSync(path.join(root, 'themes/useit'), path.join(site, 'themes/useit'), { recursive: true });
  fs.cpSync(path.join(root, 'locales'), path.join(site, 'locales'), { recursive: true });
  fs.cpSync(path.join(root, 'tests/fixtures/fallback'), site, { recursive: true });
  fs.copyFileSync(path.join(root, 'content/stories/soho-network-grows.jpg'), path.join(site, 'content/stories/still.jpg'));
  fs.writeFileSync(path.join(site, 'content/stories/interview.md'), [
    '---', 'title: Interview', 'date: 2018-03-12', 'summary: An interview on a platform.', 'videos:',
    '  - url: https://www.youtube.com/watch?v=abc123', '    title: The interview', '    poster: still.jpg',
    '---', 'Text.', ''].join('\n'));
  const out = path.join(tmp, 'out');
  const r = spawnSync(path.join(root, 'target/debug/useit'),
    ['build', '--root', site, '--output', out, '--now', '2026-11-25'], { encoding: 'utf8' });
  assert.equal(r.status, 0, `the build failed: ${r.stderr}`);
  return out;
}

const site = useSite(buildSite());
const PAGES = ['/stories/interview/', '/ur/stories/interview/'];

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
  test(`${path}: nothing is asked of the platform before play is pressed`, async () => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await site.context({ javaScriptEnabled });
      const page = await context.newPage();
      const urls = await requests(page, () => page.goto(site.url(path), { waitUntil: 'networkidle' }));
      assert.deepEqual(urls.filter((u) => !u.startsWith(site.origin)), [], 'requests to other origins on load');
      assert.equal(await page.locator('iframe').count(), 0, 'no player before the click');
      const link = page.locator('.video-external a[href="https://www.youtube.com/watch?v=abc123"]');
      assert.ok(await link.isVisible(), 'the link to the platform is shown');
      const button = page.locator('.video-external button.video-play');
      assert.equal(await button.isVisible(), javaScriptEnabled, `play button with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`);
      if (javaScriptEnabled) {
        const after = await requests(page, async () => {
          await button.click();
          await page.waitForSelector('iframe.video-frame');
          await page.waitForTimeout(500);
        });
        const src = await page.getAttribute('iframe.video-frame', 'src');
        assert.equal(src, 'https://www.youtube-nocookie.com/embed/abc123?autoplay=1');
        assert.ok(after.some((u) => u.startsWith('https://www.youtube-nocookie.com/')), `after the click: ${after}`);
      }
      await context.close();
    }
  });
}
