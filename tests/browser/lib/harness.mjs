// Shared set-up of a browser test file: serve the built site, launch Chromium, close both after.
import { after, before } from 'node:test';
import { serve } from './server.mjs';
import { launch, guardedContext } from './browser.mjs';
import { siteDir } from './site.mjs';

/**
 * Registers before/after hooks and returns an object filled in before the tests run:
 * {dir, server, browser, origin, url(path), context(options)}. Every context made through
 * `context()` is guarded (own origin only) and checked at the end: a request to another origin or
 * a Content-Security-Policy violation anywhere fails the file.
 */
export function useSite(dirOverride) {
  const h = { contexts: [] };
  before(async () => {
    h.dir = dirOverride ?? siteDir();
    h.server = await serve(h.dir);
    h.origin = h.server.url.slice(0, -1);
    h.browser = await launch();
    h.url = (p) => new URL(p.replace(/^\//, ''), h.server.url).href;
    h.context = async (options) => {
      const g = await guardedContext(h.browser, h.origin, options);
      h.contexts.push(g);
      return g.context;
    };
  });
  after(async () => {
    const foreign = h.contexts.flatMap((g) => g.foreign);
    const csp = h.contexts.flatMap((g) => g.cspErrors);
    await h.browser?.close();
    await h.server?.close();
    if (foreign.length && !dirOverride) throw new Error(`requests to other origins: ${foreign.join(', ')}`);
    if (csp.length && !dirOverride) throw new Error(`Content-Security-Policy violations: ${csp.join('; ')}`);
  });
  return h;
}
