// Prints pages of a built site to PDF in Debian's chromium, on A4 with the site's own @page
// rules (margins and margin boxes), as a reader would with "Imprimer" and no browser header:
// node print.mjs SITE_DIR[=PATH_PREFIX] OUT_DIR PAGE...   (PAGE such as fiche/)
// Writes OUT_DIR/NAME.pdf for each page and prints its path.
import { capturePages } from './site.mjs';

await capturePages('node print.mjs SITE_DIR[=PATH_PREFIX] OUT_DIR PAGE...', async (page, url, name) => {
  await page.goto(url, { waitUntil: 'load' });
  await page.pdf({ path: `${name}.pdf`, preferCSSPageSize: true, displayHeaderFooter: false });
  console.log(`${name}.pdf`);
});
