'use strict';
// Diagnostics as VS Code holds them for the three fixture files: a JS client (editor settings, the
// assumed 5 s server), a TS client (the project's eslint.config.js: nginx, rule level `warn`) and
// an Express server behind an AWS ALB (`keepalive.frontedBy` in .vscode/settings.json).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { SOURCE, openFile, diagnosticsWhen, rangeOf } = require('./support');

/** The rule id and its documentation link, as the Problems panel shows them. */
function codeOf(diagnostic) {
  const { code } = diagnostic;
  return typeof code === 'object' ? { id: code.value, docs: code.target.toString() } : { id: code, docs: undefined };
}

function assertRangeText(document, diagnostic, expected) {
  assert.deepEqual(diagnostic.range, rangeOf(document, expected));
  assert.equal(document.getText(diagnostic.range), expected);
}

describe('diagnostics', () => {
  it('JS client: an http.Agent without `timeout` is an error on the whole construction', async () => {
    const { document, uri } = await openFile('src/payments-client.js');
    const diagnostics = await diagnosticsWhen(uri);
    assert.equal(diagnostics.length, 1);
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.source, SOURCE);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(codeOf(diagnostic).id, 'keepalive/require-idle-timeout');
    assert.match(codeOf(diagnostic).docs, /^https:\/\/\S+\/require-idle-timeout\.md$/);
    assertRangeText(document, diagnostic, 'new http.Agent({ keepAlive: true, maxSockets: 20 })');
    assert.match(diagnostic.message, /^`new http\.Agent\(\)` keeps idle sockets with no `timeout`, so it never closes them itself/);
    assert.match(diagnostic.message, /socket Node\.js \(assumed\) already closed after 5 s idle \(ECONNRESET, "socket hang up"\)/);
  });

  it('TS client: the project config names nginx and makes the rule a warning; only the 90 s pool is reported', async () => {
    const { document, uri } = await openFile('src/inventory-client.ts');
    const diagnostics = await diagnosticsWhen(uri);
    assert.equal(diagnostics.length, 1, diagnostics.map((d) => d.message).join('\n'));
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.source, SOURCE);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(codeOf(diagnostic).id, 'keepalive/require-idle-timeout-below-server');
    assertRangeText(document, diagnostic, 'keepAliveTimeout: 90_000');
    assert.match(diagnostic.message, /^`new undici\.Agent\(\)` keeps idle sockets for 90 s \(`keepAliveTimeout`\), but nginx closes idle connections after 75 s\./);
    assert.match(diagnostic.message, /keep the idle timeout at or below 74 s/);
  });

  it('Express server behind aws-alb: the 5 s Node default closes before the balancer', async () => {
    const { document, uri } = await openFile('src/api-server.js');
    const diagnostics = await diagnosticsWhen(uri);
    assert.equal(diagnostics.length, 1);
    const [diagnostic] = diagnostics;
    assert.equal(diagnostic.source, SOURCE);
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(codeOf(diagnostic).id, 'keepalive/require-server-idle-above-balancer');
    const text = document.getText();
    const start = text.indexOf('app.listen(');
    assertRangeText(document, diagnostic, text.slice(start, text.indexOf('\n});', start) + '\n})'.length));
    assert.match(diagnostic.message, /^`app\.listen\(\)` closes idle connections after 5 s \(the Node\.js default on Node\.js <26\)/);
    assert.match(diagnostic.message, /AWS Application Load Balancer in front keeps them for up to 60 s/);
    assert.match(diagnostic.message, /Set `keepAliveTimeout` to 65000 \(60 s \+ 5 s headroom\): anything not above 61 s \(60 s \+ 1 s margin\) still races the balancer/);
  });
});
