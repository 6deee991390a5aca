// Debian's chromium, headless, with a fresh profile, driven by playwright-core (no browser is
// downloaded). `close()` also deletes the profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

// `options` go to playwright's context: `{ bypassCSP: true }` lets a test inject its own script
// (axe-core) into pages whose Content-Security-Policy forbids any other.
export async function launch(options = {}) {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'charte-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
