'use strict';
// The extension as a person meets it, in the browser: open the workspace, click the file, see the
// squiggle, the inlay hint and the Problems entry, hover the constructor, Ctrl+. → the fix → Enter,
// Ctrl+S, and the file on disk has the fix. Each step is one reported test with a screenshot.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { openWorkbench } = require('../lib/browser');
const { runSteps } = require('../lib/steps');
const { waitFor } = require('../lib/wait');
const wb = require('../lib/workbench');

const FILE = 'src/payments-client.js';
const RULE = 'keepalive/require-idle-timeout';
const FIX_TITLE = 'Set `timeout: 4000` (5 s idle at Node.js (assumed) minus 1 s margin) (keepalive/require-idle-timeout)';
const FIXED_LINE = 'const paymentsAgent = new http.Agent({ keepAlive: true, maxSockets: 20, timeout: 4000 });';

/** The steps, in order; each gets the shared context `{ page, url, workspace, shot }`. */
const STEPS = [
  ['opens the workspace and lists its files in the Explorer', async ({ page, url }) => {
    await openWorkbench(page, url);
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label="src"]').waitFor({ state: 'visible' });
  }],
  ['clicking the file opens it with a squiggle under the pool', async ({ page, shot }) => {
    await wb.openFromExplorer(page, FILE);
    await page.locator(`${wb.EDITOR} .squiggly-error`).first().waitFor({ state: 'visible' });
    await shot('squiggle');
    await wb.hideSideBar(page);
  }],
  ['the status bar says Keep-Alive reports the findings (no ESLint extension here)', async ({ page }) => {
    const item = await wb.statusBarItem(page, /^Keep-Alive:/);
    assert.equal(await wb.statusBarText(item), 'Keep-Alive: reporting');
  }],
  ['the inlay hint after the pool says its sockets are never closed', async ({ page }) => {
    await wb.waitForEditorText(page, '}) idle: never closed ✗ node 5 s;');
  }],
  ['the Problems panel lists the finding with its rule', async ({ page, shot }) => {
    const row = await wb.showProblems(page, RULE);
    const text = (await row.textContent()).replace(/\u00a0/g, ' ');
    assert.match(text, /`new http\.Agent\(\)` keeps idle sockets with no `timeout`/);
    assert.match(text, /\[Ln 5, Col 23\]/);
    await shot('problems');
    await wb.hidePanel(page);
  }],
  ['hovering the constructor shows the comparison with common servers', async ({ page, shot }) => {
    const hover = await wb.hoverOver(page, wb.token(page, 'Agent'), 'this pool');
    const text = await hover.textContent();
    for (const expected of ['http.Agent idle timeout: never closed', 'Node.js (assumed)', 'nginx', 'AWS Application Load Balancer', 'Set timeout: 4000']) {
      assert.ok(text.includes(expected), `the hover lacks "${expected}": ${text}`);
    }
    await shot('hover');
    await page.keyboard.press('Escape');
    await wb.restMouse(page);
    await page.locator(wb.HOVER).filter({ hasText: 'this pool' }).waitFor({ state: 'hidden' });
  }],
  ['Ctrl+. offers the fix and the keyboard selects it', async ({ page, shot }) => {
    const row = await wb.focusQuickFix(page, wb.token(page, 'Agent'), FIX_TITLE);
    assert.equal((await row.textContent()).trim(), FIX_TITLE);
    const titles = await page.locator('.action-widget .monaco-list-row.action').allTextContents();
    assert.ok(titles.includes('Disable keepalive/require-idle-timeout for this line'), titles.join('\n'));
    await shot('quick-fix');
  }],
  ['Enter applies it: the timeout is inserted and the squiggle goes away', async ({ page }) => {
    await page.keyboard.press('Enter');
    await wb.waitForEditorText(page, 'maxSockets: 20, timeout: 4000 4 s · < node 5 s ✓ });');
    await page.locator(`${wb.EDITOR} .squiggly-error`).first().waitFor({ state: 'detached' });
    await page.locator('.part.editor .tab.active.dirty').waitFor({ state: 'visible' });
  }],
  ['Ctrl+S saves the fix to disk, and Problems has nothing left', async ({ page, workspace, shot }) => {
    await page.keyboard.press('Control+S');
    await page.locator('.part.editor .tab.active.dirty').waitFor({ state: 'detached' });
    const file = path.join(workspace, FILE);
    await waitFor(() => fs.readFileSync(file, 'utf8').includes(FIXED_LINE), { what: `${FILE} on disk to hold the fix`, timeoutMs: wb.HANG_GUARD_MS });
    await wb.showNoProblems(page);
    await shot('saved');
    await wb.hidePanel(page);
  }],
  ['hovering the new value compares it with the servers: below the assumed Node.js one', async ({ page, shot }) => {
    const hover = await wb.hoverOver(page, wb.token(page, '4000'), 'this pool');
    const text = await hover.textContent();
    assert.ok(text.includes('http.Agent idle timeout: 4 s — timeout'), text);
    assert.match(text, /Node\.js \(assumed\)\s+5 s\s+✓ closes first/);
    assert.match(text, /nginx\s+75 s\s+✓ closes first/);
    assert.ok(text.includes('Nothing to change: idle sockets close at least 1 s before Node.js (assumed) closes them (5 s).'), text);
    await shot('hover-value');
  }],
];

/**
 * @param {{ page: import('playwright-core').Page, url: string, workspace: string, shotsDir: string,
 *   log?: (line: string) => void }} options
 */
function runEditorFlow(options) {
  return runSteps(STEPS, { ...options, titlePrefix: 'editor UI' });
}

module.exports = { runEditorFlow };
