// A tiny static file server for the browser tests: loopback only, real MIME types, the site's
// own `_headers` (so every test runs under the production Content-Security-Policy), `404.html`
// for missing paths, and a log of every response so tests can check what the browser received.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.rtf': 'application/rtf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ppt': 'application/vnd.ms-powerpoint',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.odp': 'application/vnd.oasis.opendocument.presentation',
};

/**
 * The rules of a Netlify/Cloudflare `_headers` file, in order: {pattern, set, detach}; `*` in a
 * pattern matches anything, and a `! Name` line detaches a header set by an earlier rule
 * (Cloudflare Pages' syntax; the search pages use it to replace the site-wide policy).
 */
export function readHeadersFile(root) {
  const file = path.join(root, '_headers');
  const rules = [];
  if (!existsSync(file)) return rules;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const re = new RegExp('^' + line.trim().split('*').map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$');
      rules.push({ re, set: {}, detach: [] });
    } else if (rules.length && line.trim().startsWith('!')) {
      rules.at(-1).detach.push(line.trim().slice(1).trim());
    } else if (rules.length) {
      const i = line.indexOf(':');
      rules.at(-1).set[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return rules;
}

/** The headers `rules` give the path `pathname`. */
export function headersFor(rules, pathname) {
  const headers = {};
  for (const r of rules.filter((r) => r.re.test(pathname))) {
    for (const name of r.detach) delete headers[name];
    Object.assign(headers, r.set);
  }
  return headers;
}

/**
 * Serves `root` on 127.0.0.1 at a free port. Returns {url, log, close}: `url` ends with '/',
 * `log` collects {path, status, type} for every response.
 */
export async function serve(root) {
  root = path.resolve(root);
  const rules = readHeadersFile(root);
  const log = [];
  const server = createServer(async (req, res) => {
    let status = 200;
    let file;
    try {
      const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      file = path.join(root, pathname);
      if (!file.startsWith(root)) throw new Error('outside');
      const st = await stat(file).catch(() => null);
      if (st?.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: pathname + '/' });
          res.end();
          log.push({ path: pathname, status: 301, type: null });
          return;
        }
        file = path.join(file, 'index.html');
      }
      if (!(await stat(file).catch(() => null))?.isFile()) throw new Error('missing');
    } catch {
      status = 404;
      file = path.join(root, '404.html');
    }
    const type = MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body;
    try {
      body = await readFile(file);
    } catch {
      body = Buffer.from('Not found');
    }
    log.push({ path: new URL(req.url, 'http://x').pathname, status, type });
    res.writeHead(status, { ...headersFor(rules, new URL(req.url, 'http://x').pathname), 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    log,
    close: () => new Promise((resolve) => { server.closeAllConnections?.(); server.close(resolve); }),
  };
}
