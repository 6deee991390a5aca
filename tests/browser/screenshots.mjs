// Screenshots of pages of a built site, at 1280 and 375 px wide, full page, to look at them:
// node screenshots.mjs SITE_DIR[=PATH_PREFIX] OUT_DIR PAGE...   (PAGE such as chartes/moderation/)
// The images are for people to look at; they are not committed.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launch } from './chromium.mjs';
import { serve } from './site.mjs';

const [arg, out, ...pages] = process.argv.slice(2);
if (!arg || !out || pages.length === 0) {
  console.error('usage: node screenshots.mjs SITE_DIR[=PATH_PREFIX] OUT_DIR PAGE...');
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
    for (const [width, height] of [[1280, 800], [375, 740]]) {
      await page.setViewportSize({ width, height });
      await page.goto(base + rel, { waitUntil: 'load' });
      const name = `${(rel.replace(/\/$/, '') || 'accueil').replaceAll('/', '_')}-${width}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage: true });
      console.log(path.join(out, name));
    }
  }
} finally {
  server.close();
  await close();
}
