// A built site served from its folder on a free port of this machine, and the list of its
// pages: what the browser scripts share.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml', '.js': 'text/javascript' };

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
