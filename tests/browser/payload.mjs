// Loads every page of a built site in Debian's chromium, clicks every link and control of each,
// and fails on any dialog (a payload's alert) or any script that ran; then checks on each page
// that its Content-Security-Policy is in force: an inline script added to the page is refused
// and reported as a violation. Usage: node payload.mjs SITE_DIR[=PATH_PREFIX]
import { launch } from './chromium.mjs';
import { htmlPages, serve } from './site.mjs';

const [arg] = process.argv.slice(2);
if (!arg) { console.error('usage: node payload.mjs SITE_DIR[=PATH_PREFIX]'); process.exit(2); }
const [site, prefix = ''] = arg.split('=');

const { context, close } = await launch();
let failed = 0;
let checked = 0;
const fail = (what) => { failed += 1; console.log(`FAIL ${what}`); };
const server = await serve(site, prefix);
const origin = `http://127.0.0.1:${server.address().port}`;
const base = `${origin}${prefix}/`;
try {
  const page = await context.newPage();
  let where = '';
  page.on('dialog', async (dialog) => { fail(`${where}: a ${dialog.type()} opened: ${dialog.message()}`); await dialog.dismiss(); });
  page.on('pageerror', (error) => fail(`${where}: a script error: ${error.message}`));
  // Nothing leaves this machine: other hosts are refused.
  await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const url = (rel) => base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
  for (const rel of await htmlPages(site)) {
    where = rel;
    await page.goto(url(rel), { waitUntil: 'load' });
    const count = await page.locator('a, button, summary, details, [tabindex]').count();
    for (let i = 0; i < count; i += 1) {
      await page.goto(url(rel), { waitUntil: 'load' });
      where = `${rel} (element ${i + 1} of ${count})`;
      const target = page.locator('a, button, summary, details, [tabindex]').nth(i);
      await target.click({ timeout: 1000, noWaitAfter: true, force: true }).catch(() => {});
      await target.hover({ timeout: 500, force: true }).catch(() => {});
      await target.focus({ timeout: 500 }).catch(() => {});
      await page.waitForTimeout(30);
      checked += 1;
    }
    await page.goto(url(rel), { waitUntil: 'load' });
    where = rel;
    const ran = await page.evaluate(() => Object.keys(window).filter((k) => k.startsWith('__payload')));
    if (ran.length > 0) fail(`${rel}: scripts ran: ${ran.join(', ')}`);
    const policy = await page.evaluate(() => new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve({ refused: e.violatedDirective, ran: window.__inline === true }));
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true;';
      document.body.append(script);
      setTimeout(() => resolve({ refused: null, ran: window.__inline === true }), 2000);
    }));
    if (policy.ran || !policy.refused || !policy.refused.startsWith('script-src')) {
      fail(`${rel}: the Content-Security-Policy did not refuse an inline script (${JSON.stringify(policy)})`);
    } else {
      console.log(`ok   ${rel}: ${count} elements, inline script refused (${policy.refused})`);
    }
  }
} finally {
  server.close();
  await close();
}
console.log(`${checked} elements clicked, ${failed} failed`);
process.exit(failed === 0 && checked > 0 ? 0 : 1);
