// Prints pages of a built site to PDF in Debian's chromium, on A4 with the site's own @page
// rules (margins and margin boxes), as a reader would with "Imprimer" and no browser header:
// node print.mjs SITE_DIR[=PATH_PREFIX] OUT_DIR PAGE...   (PAGE such as fiche/)
// Writes OUT_DIR/NAME.pdf for each page and prints its path.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launch } from './chromium.mjs';
import { serve } from './site.mjs';

const [arg, out, ...pages] = process.argv.slice(2);
if (!arg || !out || pages.length === 0) {
  console.error('usage: node print.mjs SITE_DIR[=PATH_PREFIX] OUT_DIR PAGE...');
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
    await page.goto(base + rel, { waitUntil: 'load' });
    const file = path.join(out, `${(rel.replace(/\/$/, '') || 'accueil').replaceAll('/', '_')}.pdf`);
    await page.pdf({ path: file, preferCSSPageSize: true, displayHeaderFooter: false });
    console.log(file);
  }
} finally {
  server.close();
  await close();
}
