'use strict';
// Runs a UI flow: steps in order, each one reported test; after the first failure the rest are
// reported as skipped (they build on it), with a screenshot of the page as it was.
const fs = require('node:fs');
const path = require('node:path');
const { screenshot } = require('./workbench');

/**
 * @param {Array<[string, (context: object) => Promise<void>]>} steps
 * @param {{ page: import('playwright-core').Page, shotsDir: string, titlePrefix: string,
 *   log?: (line: string) => void } & Record<string, unknown>} options the rest is passed to every step
 * @returns {Promise<Array<{ title: string, ok: boolean, ms: number, error?: string, skipped?: boolean }>>}
 */
async function runSteps(steps, { page, shotsDir, titlePrefix, log = () => {}, ...rest }) {
  fs.mkdirSync(shotsDir, { recursive: true });
  let shots = 0;
  const shot = async (name) => {
    const file = path.join(shotsDir, `${String(++shots).padStart(2, '0')}-${name}.png`);
    await screenshot(page, file);
    log(`screenshot ${path.relative(process.cwd(), file)}`);
  };
  const context = { ...rest, page, shot };
  const results = [];
  let failed = false;
  for (const [title, step] of steps) {
    const fullTitle = `${titlePrefix} ${title}`;
    if (failed) {
      results.push({ title: fullTitle, ok: false, ms: 0, skipped: true });
      continue;
    }
    const started = Date.now();
    try {
      await step(context);
      results.push({ title: fullTitle, ok: true, ms: Date.now() - started });
    } catch (error) {
      failed = true;
      results.push({ title: fullTitle, ok: false, ms: Date.now() - started, error: error.stack ?? String(error) });
      await screenshot(page, path.join(shotsDir, 'failure.png')).catch(() => {});
    }
  }
  return results;
}

module.exports = { runSteps };
