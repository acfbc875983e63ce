// Where the built site is and which of its pages stand for each kind of page.
import { readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** The built portal to test: $USEIT_SITE, or CI's build in target/ci-site/root. */
export function siteDir() {
  const dir = path.resolve(process.env.USEIT_SITE || 'target/ci-site/root');
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`no built site in ${dir}: build it first (cargo run -- build --now 2026-11-25T09:00:00Z --output ${dir}) or set USEIT_SITE`);
  }
  return dir;
}

/** Every HTML file under `dir`, as site paths ('/', '/about/', '/404.html'), sorted. */
export function htmlPages(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) {
        const rel = '/' + path.relative(dir, p).split(path.sep).join('/');
        out.push(rel.endsWith('/index.html') || rel === '/index.html' ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** Folders that are listings or filters inside a section, never an item. */
const NOT_ITEMS = new Set(['page', 'past', 'closed', 'category', 'neighbourhood', 'kind', 'topic', 'audience']);

/** The site path of the first item (alphabetically) of `section`, e.g. '/stories/a-story/'. */
export function firstItem(dir, section, filter = () => true) {
  const names = readdirSync(path.join(dir, section))
    .filter((n) => !NOT_ITEMS.has(n) && existsSync(path.join(dir, section, n, 'index.html')))
    .filter((n) => filter(path.join(dir, section, n)))
    .sort();
  if (!names.length) throw new Error(`no item in /${section}/ of ${dir}`);
  return `/${section}/${names[0]}/`;
}

/** The first sub-folder holding a page under `/${prefix}/`, e.g. '/events/category/training/'. */
export function firstSub(dir, prefix) {
  const base = path.join(dir, prefix);
  const names = readdirSync(base).filter((n) => statSync(path.join(base, n)).isDirectory() && existsSync(path.join(base, n, 'index.html'))).sort();
  if (!names.length) throw new Error(`nothing under /${prefix}/ of ${dir}`);
  return `/${prefix}/${names[0]}/`;
}

/**
 * One page of every distinct kind the generator renders (the axe and keyboard checks use these).
 * Paths that do not exist in this build are left out, except the ones every build has.
 */
export function pageKinds(dir) {
  const has = (p) => existsSync(path.join(dir, p));
  const kinds = {
    home: '/',
    page: '/about/',
    story: firstItem(dir, 'stories'),
    champion: firstItem(dir, 'champions'),
    event: firstItem(dir, 'events', (p) => existsSync(path.join(p, path.basename(p) + '.ics'))),
    opportunity: firstItem(dir, 'opportunities'),
    survey: firstItem(dir, 'surveys'),
    toolkit: firstItem(dir, 'toolkits'),
    'stories listing': '/stories/',
    'stories listing, page 2': '/stories/page/2/',
    'champions listing': '/champions/',
    'events listing': '/events/',
    'events listing, page 2': '/events/page/2/',
    'past events': '/events/past/',
    'events by category': has('/events/category/') ? firstSub(dir, 'events/category') : null,
    'events by neighbourhood': has('/events/neighbourhood/') ? firstSub(dir, 'events/neighbourhood') : null,
    'opportunities listing': '/opportunities/',
    'closed opportunities': '/opportunities/closed/',
    'opportunities by kind': has('/opportunities/kind/') ? firstSub(dir, 'opportunities/kind') : null,
    'opportunities by neighbourhood': has('/opportunities/neighbourhood/') ? firstSub(dir, 'opportunities/neighbourhood') : null,
    'surveys listing': '/surveys/',
    'toolkits listing': '/toolkits/',
    'toolkits by topic': has('/toolkits/topic/') ? firstSub(dir, 'toolkits/topic') : null,
    'toolkits by audience': has('/toolkits/audience/') ? firstSub(dir, 'toolkits/audience') : null,
    'taxonomy index': '/neighbourhoods/',
    'taxonomy term': firstSub(dir, 'neighbourhoods'),
    'taxonomy term, page 2': paged(dir, 'neighbourhoods'),
    'tags index': '/tags/',
    'tag term': firstSub(dir, 'tags'),
    'not found': '/404.html',
  };
  return Object.fromEntries(Object.entries(kinds).filter(([, p]) => p && has(p)));
}

/** The second page of the first paginated term of a taxonomy, or null. */
function paged(dir, taxonomy) {
  const base = path.join(dir, taxonomy);
  const name = readdirSync(base).sort().find((n) => existsSync(path.join(base, n, 'page', '2', 'index.html')));
  return name ? `/${taxonomy}/${name}/page/2/` : null;
}
