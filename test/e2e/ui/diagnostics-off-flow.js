'use strict';
// keepalive.diagnostics "never", as a person sees it: the file opens with its inlay hint and no
// squiggle, the status bar says the diagnostics are off (its tooltip says why and how to change
// it), the Problems panel stays empty, and the hover still compares the pool with the servers.
const assert = require('node:assert/strict');
const { openWorkbench } = require('../lib/browser');
const { runSteps } = require('../lib/steps');
const wb = require('../lib/workbench');

const FILE = 'src/payments-client.js';

const STEPS = [
  ['opens a workspace whose settings say keepalive.diagnostics "never"', async ({ page, url }) => {
    await openWorkbench(page, url);
    await wb.openFromExplorer(page, FILE);
    await wb.hideSideBar(page);
  }],
  ['the inlay hint shows, with no squiggle under the pool', async ({ page }) => {
    // The hint comes from the same lint as the (empty) diagnostics, sent after them: once it shows, they are in.
    await wb.waitForEditorText(page, '}) idle: never closed ✗ node 5 s;');
    assert.equal(await page.locator(`${wb.EDITOR} .squiggly-error, ${wb.EDITOR} .squiggly-warning`).count(), 0);
  }],
  ['the status bar says the diagnostics are off; its tooltip says why and how to change it', async ({ page, shot }) => {
    const item = await wb.statusBarItem(page, /^Keep-Alive:/);
    assert.equal(await wb.statusBarText(item), 'Keep-Alive: diagnostics off');
    const tooltip = await wb.hoverOver(page, item, 'publishes no diagnostics');
    const text = await tooltip.textContent();
    assert.ok(text.includes('keepalive.diagnostics is "never": Keep-Alive publishes no diagnostics. Inlay hints and hovers stay on.'), text);
    assert.ok(text.includes('Set keepalive.diagnostics to "auto" or "always" to see the findings in Problems.'), text);
    await shot('status-diagnostics-off');
    await wb.restMouse(page);
  }],
  ['the Problems panel stays empty', async ({ page }) => {
    await wb.showNoProblems(page);
    await wb.hidePanel(page);
  }],
  ['hovering the constructor still shows the comparison with common servers', async ({ page }) => {
    const hover = await wb.hoverOver(page, wb.token(page, 'Agent'), 'this pool');
    const text = await hover.textContent();
    assert.ok(text.includes('http.Agent idle timeout: never closed'), text);
  }],
];

/**
 * @param {{ page: import('playwright-core').Page, url: string, workspace: string, shotsDir: string,
 *   log?: (line: string) => void }} options
 */
function runDiagnosticsOffFlow(options) {
  return runSteps(STEPS, { ...options, titlePrefix: 'editor UI, keepalive.diagnostics "never":' });
}

module.exports = { runDiagnosticsOffFlow };
