'use strict';
// Quick fixes through `vscode.executeCodeActionProvider`, applied as VS Code applies them: the
// text changes as the title says and the finding goes away. Every test reverts its edits.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { openFile, diagnosticsWhen, quickFixes, revert } = require('./support');

/** Opens the file, waits for its one finding and returns its quick fixes. */
async function findingWithFixes(relative) {
  const opened = await openFile(relative);
  const [diagnostic] = await diagnosticsWhen(opened.uri);
  const fixes = await quickFixes(opened.uri, diagnostic.range);
  return { ...opened, diagnostic, fixes };
}

/** Applies a fix, then waits until the extension has re-linted the new text and found nothing. */
async function applyAndExpectClean(fix, document) {
  assert.ok(await vscode.workspace.applyEdit(fix.edit), `VS Code refused the edit of "${fix.title}"`);
  await diagnosticsWhen(document.uri, (list) => list.length === 0, 'the finding to disappear after the fix');
}

describe('quick fixes', () => {
  let opened = [];
  afterEach(async () => {
    for (const document of opened) await revert(document);
    opened = [];
  });

  it('JS client: suggests a `timeout` below the assumed 5 s server, and inserting it clears the finding', async () => {
    const { document, fixes } = await findingWithFixes('src/payments-client.js');
    opened.push(document);
    assert.deepEqual(fixes.map((fix) => fix.title), [
      'Set `timeout: 4000` (5 s idle at Node.js (assumed) minus 1 s margin) (keepalive/require-idle-timeout)',
      'Disable keepalive/require-idle-timeout for this line',
      'Show documentation for keepalive/require-idle-timeout',
    ]);
    assert.ok(fixes.every((fix) => fix.kind?.value === 'quickfix' && !fix.isPreferred));
    await applyAndExpectClean(fixes[0], document);
    assert.match(document.getText(), /\nconst paymentsAgent = new http\.Agent\(\{ keepAlive: true, maxSockets: 20, timeout: 4000 \}\);\n/);
  });

  it('JS client: "Disable … for this line" adds the directive above it and clears the finding', async () => {
    const { document, fixes } = await findingWithFixes('src/payments-client.js');
    opened.push(document);
    const disable = fixes.find((fix) => fix.title === 'Disable keepalive/require-idle-timeout for this line');
    await applyAndExpectClean(disable, document);
    assert.match(document.getText(), /\n\/\/ eslint-disable-next-line keepalive\/require-idle-timeout\nconst paymentsAgent = new http\.Agent\(/);
  });

  it('TS client: lowers the 90 s idle timeout below nginx, in the number style of the source', async () => {
    const { document, fixes } = await findingWithFixes('src/inventory-client.ts');
    opened.push(document);
    assert.equal(fixes[0].title, 'Set `keepAliveTimeout: 74_000` (75 s idle at nginx minus 1 s margin) (keepalive/require-idle-timeout-below-server)');
    await applyAndExpectClean(fixes[0], document);
    assert.match(document.getText(), /const reports = new Agent\(\{ keepAliveTimeout: 74_000, keepAliveMaxTimeout: 90_000, connections: 4 \}\);/);
  });

  it('Express server: raises keepAliveTimeout and headersTimeout above the ALB after the listen call', async () => {
    const { document, fixes } = await findingWithFixes('src/api-server.js');
    opened.push(document);
    assert.equal(
      fixes[0].title,
      'Set `keepAliveTimeout` to 65000 (AWS Application Load Balancer 60 s + 5 s), and `headersTimeout` to 66000 so it stays above it (keepalive/require-server-idle-above-balancer)',
    );
    await applyAndExpectClean(fixes[0], document);
    assert.match(document.getText(), /\n\}\);\nserver\.keepAliveTimeout = 65000;\nserver\.headersTimeout = 66000;\n$/);
  });

  it('after a revert the finding is back (the text on disk was never changed)', async () => {
    const { document, diagnostic } = await findingWithFixes('src/payments-client.js');
    assert.equal(document.isDirty, false);
    assert.doesNotMatch(document.getText(), /timeout: 4000|eslint-disable/);
    assert.equal(diagnostic.code.value, 'keepalive/require-idle-timeout');
  });
});
