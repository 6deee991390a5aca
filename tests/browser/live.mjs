// Live reload in Debian's chromium: an edit reloads the open page, a broken edit shows the
// error over the page (the last good page stays), and the fix clears it.
// Usage: node live.mjs URL FILE  (URL: a page served by `charte serve`; FILE: its source)
import { readFile, writeFile } from 'node:fs/promises';
import { launch } from './chromium.mjs';

const [url, file] = process.argv.slice(2);
const original = await readFile(file, 'utf8');
const { context, close } = await launch();
let failed = 0;
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failed += 1; };
try {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForTimeout(300);
  await writeFile(file, original.replace('Texte des mentions.', 'Texte rechargé.'));
  await page.waitForFunction(() => document.body.textContent.includes('Texte rechargé.'), null, { timeout: 10000 })
    .then(() => check(true, 'an edit reloads the page'), () => check(false, 'an edit reloads the page'));
  await writeFile(file, '---\nkind: page\ntitle: "Mentions\n---\n');
  const overlay = page.locator('#charte-build-error');
  await overlay.waitFor({ state: 'visible', timeout: 10000 })
    .then(() => check(true, 'a broken edit shows the error over the page'), () => check(false, 'a broken edit shows the error over the page'));
  const text = await overlay.textContent().catch(() => '');
  check(text.includes('content/mentions.md:3:8'), 'the overlay names the file, line and column');
  check((await page.textContent('main')).includes('Texte rechargé.'), 'the last good page stays');
  await writeFile(file, original);
  await page.waitForFunction(() => document.body.textContent.includes('Texte des mentions.') && !document.getElementById('charte-build-error'), null, { timeout: 10000 })
    .then(() => check(true, 'the fix clears the error and reloads'), () => check(false, 'the fix clears the error and reloads'));
} finally {
  await writeFile(file, original);
  await close();
}
console.log(`${5 - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
