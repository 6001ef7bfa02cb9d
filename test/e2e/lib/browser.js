'use strict';
// Debian's chromium driven by playwright-core (both installed by setup.sh), with a fresh
// profile per launch so no state carries over between runs.
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const os = require('node:os');
const path = require('node:path');
const { CHROMIUM_BIN, PLAYWRIGHT_CORE_DIR } = require('./paths');
const { HANG_GUARD_MS } = require('./workbench');

// Playwright adds --headless itself. The rest keeps chromium off the network and quiet.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function loadPlaywright() {
  for (const [file, what] of [[PLAYWRIGHT_CORE_DIR, 'playwright-core'], [CHROMIUM_BIN, 'chromium']]) {
    if (!fs.existsSync(file)) throw new Error(`${what} not found at ${file}; run "bash test/e2e/setup.sh" first`);
  }
  return require(PLAYWRIGHT_CORE_DIR);
}

/**
 * @param {{ viewport?: { width: number, height: number } }} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page,
 *   profileDir: string, close: () => Promise<void> }>}
 */
async function launchBrowser({ viewport = { width: 1440, height: 900 } } = {}) {
  const { chromium } = loadPlaywright();
  const profileDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'keepalive-e2e-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM_BIN,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      // Chromium keeps crash reports under ~/.config/chromium whatever its user-data-dir is.
      env: { ...process.env, HOME: profileDir, XDG_CONFIG_HOME: path.join(profileDir, '.config'), XDG_CACHE_HOME: path.join(profileDir, '.cache') },
    });
  } catch (error) {
    await fsp.rm(profileDir, { recursive: true, force: true });
    throw error;
  }
  return {
    context,
    // A persistent context opens with one blank page.
    page: context.pages()[0] ?? (await context.newPage()),
    profileDir,
    async close() {
      await context.close();
      await fsp.rm(profileDir, { recursive: true, force: true });
    },
  };
}

/** Loads a workbench URL and waits until the workbench DOM is there. */
async function openWorkbench(page, url, { timeoutMs = HANG_GUARD_MS } = {}) {
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench', { timeout: timeoutMs });
}

module.exports = { CHROMIUM_ARGS, launchBrowser, openWorkbench };
