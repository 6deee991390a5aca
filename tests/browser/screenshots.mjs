// Screenshots of pages of a built site, at 1280 and 375 px wide, full page, to look at them:
// node screenshots.mjs SITE_DIR[=PATH_PREFIX] OUT_DIR PAGE...   (PAGE such as chartes/moderation/)
// The images are for people to look at; they are not committed.
import { capturePages } from './site.mjs';

await capturePages('node screenshots.mjs SITE_DIR[=PATH_PREFIX] OUT_DIR PAGE...', async (page, url, name) => {
  for (const [width, height] of [[1280, 800], [375, 740]]) {
    await page.setViewportSize({ width, height });
    // The search page fills itself in from the index: wait until nothing is loading any more.
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.screenshot({ path: `${name}-${width}.png`, fullPage: true });
    console.log(`${name}-${width}.png`);
  }
});
