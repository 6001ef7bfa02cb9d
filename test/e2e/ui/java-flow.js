'use strict';
// A Java file in the browser, as a person meets it: the language server starts for it, the squiggle, the
// inlay hint and the Problems entry show the HttpClient with no keep-alive strategy (the README's Java
// picture), and Ctrl+. → Enter writes the capped strategy. Each step is one reported test with a screenshot.
const assert = require('node:assert/strict');
const { openWorkbench } = require('../lib/browser');
const { runSteps } = require('../lib/steps');
const wb = require('../lib/workbench');

const FILE = 'billing/PaymentsClient.java';
const RULE = 'keepalive/require-idle-timeout';
const FIX_TITLE = 'Use a keep-alive strategy';

const STEPS = [
  ['opens the workspace and lists its folders in the Explorer', async ({ page, url }) => {
    await openWorkbench(page, url);
    await page.locator('.explorer-folders-view .monaco-list-row[aria-label="billing"]').waitFor({ state: 'visible' });
  }],
  ['clicking the Java file opens it with a squiggle under the client', async ({ page }) => {
    await wb.openFromExplorer(page, FILE);
    await page.locator(`${wb.EDITOR} .squiggly-error`).first().waitFor({ state: 'visible' });
    await wb.hideSideBar(page);
  }],
  ['the inlay hint after the client says its connections are never closed, against Undertow', async ({ page }) => {
    await wb.waitForEditorText(page, '.build() idle: never closed ✗ undertow 60 s;');
  }],
  ['the Problems panel lists the finding with its rule', async ({ page, shot }) => {
    const row = await wb.showProblems(page, RULE);
    const text = (await row.textContent()).replace(/\u00a0/g, ' ');
    assert.match(text, /`HttpClients\.custom\(\)…build\(\)` has no keep-alive strategy/);
    assert.match(text, /\[Ln 13, Col 12\]/);
    await shot('java-finding');
    await wb.hidePanel(page);
  }],
  ['Ctrl+. offers the capped keep-alive strategy, and Enter writes it: the squiggle goes away', async ({ page, shot }) => {
    const row = await wb.focusQuickFix(page, wb.token(page, 'HttpClients'), FIX_TITLE);
    assert.match((await row.textContent()).trim(), /up to 59000 ms \(60 s idle at Undertow minus 1 s margin\) \(keepalive\/require-idle-timeout\)$/);
    await shot('java-quick-fix');
    await page.keyboard.press('Enter');
    await wb.waitForEditorText(page, '.setKeepAliveStrategy(');
    await page.locator(`${wb.EDITOR} .squiggly-error`).first().waitFor({ state: 'detached' });
  }],
];

/**
 * @param {{ page: import('playwright-core').Page, url: string, workspace: string, shotsDir: string,
 *   log?: (line: string) => void }} options
 */
function runJavaFlow(options) {
  return runSteps(STEPS, { ...options, titlePrefix: 'Java UI' });
}

module.exports = { runJavaFlow };
