// A built site served from its folder on a free port of this machine, the list of its pages,
// and the loop of the scripts that capture pages: what the browser scripts share.
import { createServer } from 'node:http';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { launch } from './chromium.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.js': 'text/javascript', '.json': 'application/json' };

export function serve(dir, prefix) {
  const server = createServer(async (req, res) => {
    let url = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (prefix && url.startsWith(prefix + '/')) url = url.slice(prefix.length);
    let file = path.resolve(dir, '.' + url);
    if (!file.startsWith(path.resolve(dir))) { res.writeHead(404); res.end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html'] });
      res.end(await readFile(path.join(dir, '404.html')).catch(() => 'not found'));
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function htmlPages(dir, prefix = '') {
  const pages = [];
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = path.posix.join(prefix, entry.name);
    if (entry.isDirectory()) pages.push(...await htmlPages(dir, rel));
    else if (entry.name.endsWith('.html')) pages.push(rel);
  }
  return pages.sort();
}

// For the scripts that capture pages (screenshots, PDF): reads `SITE_DIR[=PATH_PREFIX] OUT_DIR
// PAGE...` from the command line, serves the site, opens chromium, and calls
// `capture(page, url, name)` for each PAGE (`name` is the page's path as a file name).
export async function capturePages(usage, capture) {
  const [arg, out, ...pages] = process.argv.slice(2);
  if (!arg || !out || pages.length === 0) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  const [site, prefix = ''] = arg.split('=');
  await mkdir(out, { recursive: true });
  const server = await serve(site, prefix);
  const base = `http://127.0.0.1:${server.address().port}${prefix}/`;
  const { context, close } = await launch();
  try {
    const page = await context.newPage();
    for (const rel of pages) {
      const name = path.join(out, (rel.replace(/\/$/, '') || 'accueil').replaceAll('/', '_'));
      await capture(page, base + rel, name);
    }
  } finally {
    server.close();
    await close();
  }
}
