'use strict';
// Java and Go documents in the real editor: the language server starts for them (activation on `java` and
// `go`), reports their findings with hints and hovers, and its quick fix, applied as VS Code applies it,
// removes the finding. Every test reverts its edits.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { openFile, diagnosticsWhen, endOf, inlayHints, ourHovers, quickFixes, rangeOf, revert } = require('./support');

describe('Java and Go', () => {
  let opened = [];
  afterEach(async () => {
    for (const document of opened) await revert(document);
    opened = [];
  });

  it('Java client: the HttpClient without a keep-alive strategy, against Undertow from the project config', async () => {
    const { document, uri } = await openFile('billing/PaymentsClient.java');
    assert.equal(document.languageId, 'java');
    const [diagnostic, ...others] = await diagnosticsWhen(uri);
    assert.deepEqual(others, []);
    assert.equal(diagnostic.code.value, 'keepalive/require-idle-timeout');
    const construction = 'HttpClients.custom()\n        .setConnectionManager(manager)\n        .build()';
    assert.deepEqual(diagnostic.range, rangeOf(document, construction));
    assert.match(diagnostic.message, /has no keep-alive strategy/);
    const end = endOf(document, construction);
    assert.deepEqual(await inlayHints(document), [{ line: end.line, character: end.character, label: 'idle: never closed ✗ undertow 60 s' }]);
    const [hover] = await ourHovers(uri, rangeOf(document, 'HttpClients.custom()').start.translate(0, 2));
    assert.match(hover.markdown, /\| \*\*Undertow\*\* \(configured\) \| 60 s \| ✗ outlives the server \|/);
    assert.match(hover.markdown, /\| nginx \| 75 s \|/);
  });

  it('Java client: the quick fix writes a keep-alive strategy capped below Undertow, and the finding goes', async () => {
    const { document, uri } = await openFile('billing/PaymentsClient.java');
    opened.push(document);
    const [diagnostic] = await diagnosticsWhen(uri);
    const [fix] = await quickFixes(uri, diagnostic.range);
    assert.match(fix.title, /^Use a keep-alive strategy .* up to 59000 ms \(60 s idle at Undertow minus 1 s margin\) \(keepalive\/require-idle-timeout\)$/);
    assert.ok(await vscode.workspace.applyEdit(fix.edit), `VS Code refused the edit of "${fix.title}"`);
    await diagnosticsWhen(uri, (list) => list.length === 0, 'the Java finding to disappear after the fix');
    assert.match(document.getText(), /\.setKeepAliveStrategy\(/);
  });

  it('Go server: ReadTimeout decides its idle timeout, below the ALB; the quick fix sets IdleTimeout', async () => {
    const { document, uri } = await openFile('gateway/main.go');
    opened.push(document);
    assert.equal(document.languageId, 'go');
    const [diagnostic] = await diagnosticsWhen(uri);
    assert.equal(diagnostic.code.value, 'keepalive/require-server-idle-above-balancer');
    assert.match(diagnostic.message, /`ReadTimeout` \(10 s\)/);
    assert.deepEqual((await inlayHints(document)).map((hint) => hint.label), ['idle: 10 s ✗ ≤ aws-alb 60 s']);
    const [fix] = await quickFixes(uri, diagnostic.range);
    assert.equal(fix.title, 'Set `IdleTimeout` to 65 * time.Second (AWS Application Load Balancer 60 s + 5 s) (keepalive/require-server-idle-above-balancer)');
    assert.ok(await vscode.workspace.applyEdit(fix.edit), `VS Code refused the edit of "${fix.title}"`);
    await diagnosticsWhen(uri, (list) => list.length === 0, 'the Go finding to disappear after the fix');
    assert.match(document.getText(), /\n\t\tIdleTimeout: +65 \* time\.Second,\n/);
  });
});
