// Audits every page of a built site in Debian's chromium: axe-core with the WCAG 2.1 A and AA
// rules at 1280, 375 and 320 px wide, no horizontal scrolling, no word cut in the middle at the
// end of a line (at 375 and 320 px), and a skip link that takes the keyboard focus first. Usage: node audit.mjs SITE_DIR[=PATH_PREFIX] ...
// A site is served under PATH_PREFIX (the path of its base_url, such as /chartes) so that its
// 404 page, whose links are absolute, finds its stylesheet.
import { createRequire } from 'node:module';
import path from 'node:path';
import { launch } from './chromium.mjs';
import { htmlPages, serve } from './site.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const sites = process.argv.slice(2);
if (sites.length === 0) { console.error('usage: node audit.mjs SITE_DIR[=PATH_PREFIX]...'); process.exit(2); }

// axe-core is a script of the audit's, not of the site: the pages' CSP would refuse it.
const { context, close } = await launch({ bypassCSP: true });
let passed = 0;
let failed = 0;
const fail = (what) => { failed += 1; console.log(`FAIL ${what}`); };
try {
  const page = await context.newPage();
  for (const arg of sites) {
    const [site, prefix = ''] = arg.split('=');
    const server = await serve(site, prefix);
    const base = `http://127.0.0.1:${server.address().port}${prefix}/`;
    const pages = await htmlPages(site);
    for (const [width, height] of [[1280, 800], [375, 740], [320, 640]]) {
      await page.setViewportSize({ width, height });
      for (const rel of pages) {
        const label = `${path.basename(site)}/${rel} @${width}px`;
        const url = base + (rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel === 'index.html' ? '' : rel);
        await page.goto(url, { waitUntil: 'load' });
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        let ok = true;
        for (const v of result.violations) {
          ok = false;
          fail(`${label}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        }
        if (overflow > 0) { ok = false; fail(`${label}: scrolls horizontally by ${overflow}px`); }
        // A citizen opening a moderation charter reaches its first rule within 1.5 screens.
        if (width === 1280 && (await page.$('article.kind-moderation li.rule'))) {
          const top = await page.evaluate(() => document.querySelector('li.rule').getBoundingClientRect().top + window.scrollY);
          if (top > 1.5 * height) { ok = false; fail(`${label}: the first rule starts ${Math.round(top)}px down, beyond 1.5 screens`); }
        }
        // The page's content is aligned with its header (a wide page widens both).
        const misaligned = await page.evaluate(() => {
          const left = (css) => document.querySelector(css)?.getBoundingClientRect().left;
          return Math.abs(left('.site-header .wrap') - left('main .wrap')) > 1;
        });
        if (misaligned) { ok = false; fail(`${label}: the content is not aligned with the header`); }
        if (width <= 375) {
          // The register and the matrix stack their rows on narrow screens: every cell in sight.
          const hidden = await page.evaluate(() => [...document.querySelectorAll('table.register, table.matrix')].flatMap((table) => {
            const box = table.closest('.table-scroll');
            const scrolls = box && box.scrollWidth > box.clientWidth ? [`${table.className} scrolls`] : [];
            const cells = [...table.querySelectorAll('tbody td, tbody th')]
              .filter((c) => c.getBoundingClientRect().right > window.innerWidth || c.getBoundingClientRect().width === 0)
              .map((c) => c.textContent.trim().slice(0, 40));
            return scrolls.concat(cells);
          }));
          if (hidden.length > 0) { ok = false; fail(`${label}: stacked table cells out of sight: ${hidden.join(' | ')}`); }
          const cut = await page.evaluate(cutWords);
          if (cut.length > 0) { ok = false; fail(`${label}: words cut at the end of a line: ${cut.join(', ')}`); }
        }
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement;
          const box = el.getBoundingClientRect();
          const style = getComputedStyle(el);
          return { cls: el.className, visible: box.top >= 0 && box.bottom <= window.innerHeight && box.width > 0, outline: style.outlineStyle };
        });
        if (focus.cls !== 'skip-link' || !focus.visible || focus.outline === 'none') {
          ok = false;
          fail(`${label}: the first Tab does not show the skip link with a visible focus (${JSON.stringify(focus)})`);
        }
        if (ok) { passed += 1; console.log(`ok   ${label}`); }
      }
    }
    server.close();
  }
} finally {
  await close();
}
console.log(`${passed} passed, ${failed} failed`);

// The words of the page's text that the browser lays out on more than one line: each text
// node's words (between spaces, no-break ones included), measured with a Range. A word with a
// hyphen or a slash may break after it, as French allows; addresses and code are not words.
function cutWords() {
  const cut = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('.visually-hidden, code, pre, kbd, samp, script, style')) continue;
    if (parent.getClientRects().length === 0) continue;
    const text = node.textContent;
    for (const match of text.matchAll(/[^\s\u00a0\u202f]+/g)) {
      const word = match[0];
      if (/[-\u2010\u2011\u2013\u2014\/@]/.test(word) || word.length < 2) continue;
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + word.length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) cut.push(JSON.stringify(word));
    }
  }
  return cut;
}
process.exit(failed === 0 && passed > 0 ? 0 : 1);
