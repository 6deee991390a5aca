// The search page in Debian's chromium, on a site served by `charte serve` (so under the
// Content-Security-Policy it sends as a header as well as in each page): `?q=publicite` leads to
// the rule `#publicite`, `?q=hashtags` to the glossary's term, a word typed in the header's
// field reaches the results with the keyboard alone, the results are announced, more results
// come with the keyboard, the page says what to do without JavaScript, and axe finds nothing
// at 1280 and 375 px with results shown. Usage: node search.mjs BASE_URL
import { createRequire } from 'node:module';
import { launch } from './chromium.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const [base] = process.argv.slice(2);
if (!base) { console.error('usage: node search.mjs BASE_URL'); process.exit(2); }

let failed = 0;
const check = (ok, what) => { console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); if (!ok) failed += 1; };

async function results(page, query) {
  await page.goto(`${base}recherche/?q=${encodeURIComponent(query)}`, { waitUntil: 'load' });
  await page.waitForFunction(() => {
    const status = document.getElementById('recherche-etat').textContent;
    return status !== '' && !status.includes('en cours');
  }, null, { timeout: 10000 });
  return page.evaluate(() => ({
    status: document.getElementById('recherche-etat').textContent,
    links: [...document.querySelectorAll('#recherche-resultats li h2 a')].map((a) => a.getAttribute('href')),
    marks: [...document.querySelectorAll('#recherche-resultats mark')].map((m) => m.textContent),
  }));
}

// Under the site's own policy: nothing bypassed, every error reported.
{
  const { context, close } = await launch();
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The browser asks for /favicon.ico by itself, outside the site: that one is not the site's.
    page.on('console', (m) => { if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} ${m.location().url}`); });

    let found = await results(page, 'publicite');
    check(found.links[0]?.endsWith('/chartes/moderation/#publicite'), `"publicite" leads first to the rule #publicite (${found.links[0]})`);
    check(/^\d+\s+résultats? pour «\s+publicite\s+»\.$/u.test(found.status), `the results are counted in the status: ${found.status}`);

    found = await results(page, 'hashtags');
    check(/\/glossaire\/#hashtag$/.test(found.links[0] ?? ''), `"hashtags" leads first to the glossary's term (${found.links[0]})`);
    check(found.marks.some((m) => m.toLowerCase().startsWith('hashtag')), `the words found are marked (${found.marks.join(', ')})`);

    found = await results(page, 'réseaux sociaux');
    check(found.links.length === 10, `ten results are shown at first (${found.links.length})`);
    const more = page.locator('#recherche-plus');
    if (await more.isVisible()) {
      await more.focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('#recherche-resultats li').length > 10, null, { timeout: 5000 }).catch(() => {});
      const focused = await page.evaluate(() => {
        const item = document.activeElement.closest('#recherche-resultats > li');
        return item ? [...item.parentElement.children].indexOf(item) : -1;
      });
      check(focused === 10, `"Afficher les résultats suivants" shows more and takes the keyboard to the first new one (${focused})`);
    } else {
      check(false, 'the example site has more than ten results for "réseaux sociaux"');
    }

    found = await results(page, 'zzzxq');
    check(found.links.length === 0 && found.status.startsWith('Aucun résultat'), `a word found nowhere says so: ${found.status}`);

    // The header's field, with the keyboard alone: Tab from the skip link and the site's name.
    await page.goto(base, { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const inField = await page.evaluate(() => document.activeElement.id);
    check(inField === 'recherche-entete', `the third Tab reaches the header's search field (${inField})`);
    await page.keyboard.type('publicité');
    await Promise.all([page.waitForURL(/\/recherche\/\?q=/), page.keyboard.press('Enter')]);
    await page.waitForSelector('#recherche-resultats li', { timeout: 10000 }).catch(() => {});
    const value = await page.inputValue('#recherche-mots');
    const count = await page.locator('#recherche-resultats li').count();
    check(value === 'publicité' && count > 0, `Enter in the header's field opens the results (${count}) with the words in the page's field`);
    check(errors.length === 0, `no script error and no refusal of the policy (${errors.join(' | ')})`);
  } finally {
    await close();
  }
}

// Without JavaScript: the page says where every document is listed.
{
  const { context, close } = await launch({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(`${base}recherche/?q=publicite`, { waitUntil: 'load' });
    const text = await page.textContent('main');
    const link = await page.locator('main a[href$="plan-du-site/"]').count();
    check(text.includes('La recherche a besoin de JavaScript') && link === 1, 'without JavaScript the page points to the site map');
  } finally {
    await close();
  }
}

// axe-core with results shown (its script is the test's: the policy is bypassed for it).
{
  const { context, close } = await launch({ bypassCSP: true });
  try {
    const page = await context.newPage();
    for (const [width, height] of [[1280, 800], [375, 740]]) {
      await page.setViewportSize({ width, height });
      for (const query of ['publicite', 'hashtags', 'zzzxq']) {
        await results(page, query);
        await page.addScriptTag({ path: axePath });
        const result = await page.evaluate(() => window.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        check(violations.length === 0 && overflow <= 0, `axe and width at ${width}px for "${query}" ${violations.join('; ')}${overflow > 0 ? ` scrolls by ${overflow}px` : ''}`);
      }
    }
  } finally {
    await close();
  }
}

console.log(`${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
