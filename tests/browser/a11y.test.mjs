// axe-core on one page of every kind the generator renders, in the light and the dark colour
// scheme: zero violations of the WCAG 2.0, 2.1 and 2.2 A and AA rules.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from './lib/harness.mjs';
import { pageKinds } from './lib/site.mjs';
import { open } from './lib/browser.mjs';
import { axeProblems } from './lib/checks.mjs';

const site = useSite();

for (const scheme of ['light', 'dark']) {
  describe(`axe, WCAG 2.2 A and AA, ${scheme} colour scheme`, () => {
    test('every page kind has zero violations', async (t) => {
      const context = await site.context({ colorScheme: scheme });
      const failures = [];
      const kinds = pageKinds(site.dir);
      for (const [kind, path] of Object.entries(kinds)) {
        const page = await open(context, site.url(path), { allowStatus: [200, 404] });
        const problems = await axeProblems(page);
        await page.close();
        t.diagnostic(`${kind} ${path}: ${problems.length} violations`);
        failures.push(...problems.map((p) => `${kind} ${path}: ${p}`));
      }
      assert.ok(Object.keys(kinds).length >= 20, `only ${Object.keys(kinds).length} page kinds found`);
      assert.deepEqual(failures, []);
    });
  });
}

test('axe on every page kind in Arabic (right to left)', async () => {
  const context = await site.context();
  const failures = [];
  // Each page kind that exists in Arabic (untranslated items may have no /ar/ version).
  const kinds = Object.entries(pageKinds(site.dir)).filter(([, p]) => existsSync(join(site.dir, 'ar', p)));
  assert.ok(kinds.length >= 10, `only ${kinds.length} page kinds in Arabic`);
  for (const [kind, path] of kinds) {
    const page = await open(context, site.url(`/ar${path}`), { allowStatus: [200, 404] });
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl', `/ar${path} is not right to left`);
    failures.push(...(await axeProblems(page)).map((p) => `${kind} /ar${path}: ${p}`));
    await page.close();
  }
  assert.deepEqual(failures, []);
});
