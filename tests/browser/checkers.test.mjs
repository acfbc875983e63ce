// The checks catch what they are for: run on tests/browser/fixtures/bad-site/, a site broken on
// purpose (an axe violation, invalid HTML, 60 KB of HTML, a request to another origin, content
// only JavaScript shows, no skip link, invisible focus, a calendar link to nothing, a download
// bigger than it says, a broken feed, sitemap and JSON-LD), each check must report its problem.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useSite } from './lib/harness.mjs';
import { open } from './lib/browser.mjs';
import { axeProblems, pageProblems, keyboardProblems, eventCalendarPath, toolkitDownloadPath } from './lib/checks.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const BAD = path.join(here, 'fixtures/bad-site');
const site = useSite(BAD);

const has = (problems, re) => assert.ok(problems.some((p) => re.test(p)), `expected a problem matching ${re}, got: ${JSON.stringify(problems)}`);

test('axe reports the image without a text alternative', async () => {
  const page = await open(await site.context(), site.url('/'));
  has(await axeProblems(page), /^axe image-alt /);
  await page.close();
});

test('the Nu HTML Checker (scripts/check-html) fails on the invalid page', () => {
  const r = spawnSync(path.join(root, 'scripts/check-html'), [BAD], { encoding: 'utf8', timeout: 120_000 });
  assert.notEqual(r.status, 0, `check-html passed the bad site: ${r.stdout}${r.stderr}`);
  assert.match(r.stdout + r.stderr, /index\.html.*error/i);
});

test('the page check reports weight over 50 KB, content that needs JavaScript, and the other origin', async () => {
  const noJs = await (await site.context({ javaScriptEnabled: false })).newPage();
  const ctx = await site.context();
  const withJs = await ctx.newPage();
  const { problems, bytes } = await pageProblems(noJs, withJs, site.url('/'));
  assert.ok(bytes > 60_000, `${bytes} bytes`);
  has(problems, /over the 50 KB limit/);
  has(problems, /needs JavaScript/);
  const foreign = site.contexts.flatMap((g) => g.foreign);
  assert.ok(foreign.some((u) => u.startsWith('https://cdn.example.invalid/')), `no foreign request seen: ${foreign}`);
});

test('the keyboard check reports the missing skip link and the invisible focus', async () => {
  const page = await open(await site.context({ reducedMotion: 'reduce' }), site.url('/'));
  const problems = await keyboardProblems(page);
  has(problems, /not a skip link/);
  has(problems, /shows no visible focus/);
  await page.close();
});

test('the calendar path reports the event whose .ics does not arrive', async () => {
  has(await eventCalendarPath(await site.context(), site.server), /calendar download failed|answered 404|not a calendar/);
});

test('the toolkit path reports a download whose size differs from the page', async () => {
  const { problems } = await toolkitDownloadPath(await site.context(), site.server);
  has(problems, /bytes arrived, the page says 9\.0 kB/);
});

test('scripts/check-data reports the broken feed, sitemap and JSON-LD', () => {
  const r = spawnSync('python3', [path.join(root, 'scripts/check-data'), BAD, 'https://bad.example.org/'], { encoding: 'utf8', timeout: 60_000 });
  assert.equal(r.status, 1, r.stdout + r.stderr);
  has(r.stdout.split('\n'), /atom\.xml: not well-formed/);
  has(r.stdout.split('\n'), /sitemap\.xml: '\/events\/' is not an absolute URL/);
  has(r.stdout.split('\n'), /missing\/ has no page/);
  has(r.stdout.split('\n'), /lastmod 'yesterday' is not a W3C date/);
  has(r.stdout.split('\n'), /index\.html: JSON-LD block 1 does not parse/);
});
