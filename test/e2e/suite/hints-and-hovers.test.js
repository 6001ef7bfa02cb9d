'use strict';
// Inlay hints and hovers through VS Code's provider commands, so they are what the editor shows
// (other providers' answers are filtered out in ./support).
const assert = require('node:assert/strict');
const { openFile, diagnosticsWhen, rangeOf, endOf, inlayHints, ourHovers } = require('./support');

const at = (position, label) => ({ line: position.line, character: position.character, label });

describe('inlay hints', () => {
  it('JS client: after the construction, the default that never closes against the assumed Node.js server', async () => {
    const { document, uri } = await openFile('src/payments-client.js');
    await diagnosticsWhen(uri);
    assert.deepEqual(await inlayHints(document), [
      at(endOf(document, 'new http.Agent({ keepAlive: true, maxSockets: 20 })'), 'idle: never closed ✗ node 5 s'),
    ]);
  });

  it('TS client: after each keepAliveTimeout, compared with nginx from the project config', async () => {
    const { document, uri } = await openFile('src/inventory-client.ts');
    await diagnosticsWhen(uri);
    assert.deepEqual(await inlayHints(document), [
      at(endOf(document, 'keepAliveTimeout: 30_000'), '30 s · < nginx 75 s ✓'),
      at(endOf(document, 'keepAliveTimeout: 90_000'), '90 s ✗ ≥ nginx 75 s'),
    ]);
  });

  it('Express server: after the listen call, the default 5 s against the ALB in front', async () => {
    const { document, uri } = await openFile('src/api-server.js');
    await diagnosticsWhen(uri);
    const text = document.getText();
    const callEnd = document.positionAt(text.indexOf('\n});', text.indexOf('app.listen(')) + '\n})'.length);
    assert.deepEqual(await inlayHints(document), [at(callEnd, 'idle: 5 s ✗ ≤ aws-alb 60 s')]);
  });
});

describe('hovers', () => {
  it('JS client: on the constructor, a table of servers with sources and what to change', async () => {
    const { document, uri } = await openFile('src/payments-client.js');
    await diagnosticsWhen(uri);
    const constructorRange = rangeOf(document, 'http.Agent');
    const hovers = await ourHovers(uri, constructorRange.start.translate(0, 'http.'.length));
    assert.equal(hovers.length, 1);
    const [{ markdown, range }] = hovers;
    assert.deepEqual(range, constructorRange);
    const lines = markdown.split('\n');
    assert.equal(lines[0], '**http.Agent** idle timeout: **never closed** — default (no `timeout`)');
    assert.equal(lines[2], '| server | idle timeout | this pool | source |');
    assert.match(lines[4], /^\| \*\*Node\.js \(assumed\)\*\* \| 5 s \| ✗ outlives the server \| \[nodejs\.org\]\(https:\/\/nodejs\.org\/\S+\) \|$/);
    assert.ok(lines.some((line) => /^\| nginx\b.* \| 75 s \| ✗ outlives the server \| \[.+\]\(https:\/\/\S+\) \|$/.test(line)), markdown);
    assert.ok(lines.includes('Set `timeout: 4000` (Node.js (assumed) closes idle connections after 5 s, minus 1 s margin).'), markdown);
    assert.match(lines.at(-1), /^\[keepalive\/require-idle-timeout\]\(https:\/\/\S+\/require-idle-timeout\.md\)$/);
  });

  it('TS client: on a value below nginx, the configured server first and nothing to change', async () => {
    const { document, uri } = await openFile('src/inventory-client.ts');
    await diagnosticsWhen(uri);
    const value = rangeOf(document, '30_000');
    const hovers = await ourHovers(uri, value.start.translate(0, 1));
    assert.equal(hovers.length, 1);
    const [{ markdown, range }] = hovers;
    assert.deepEqual(range, value);
    const lines = markdown.split('\n');
    assert.equal(lines[0], '**undici.Agent** idle timeout: **30 s** — `keepAliveTimeout`');
    assert.match(lines[4], /^\| \*\*nginx\*\* \(configured\) \| 75 s \| ✓ closes first \| /);
    assert.ok(lines.includes('Nothing to change: idle sockets close at least 1 s before nginx closes them (75 s).'), markdown);
  });

  it('Express server: on the listen call, the balancers in front compared with the 5 s default', async () => {
    const { document, uri } = await openFile('src/api-server.js');
    await diagnosticsWhen(uri);
    const listen = rangeOf(document, 'app.listen');
    const hovers = await ourHovers(uri, listen.start.translate(0, 'app.'.length));
    assert.equal(hovers.length, 1);
    const lines = hovers[0].markdown.split('\n');
    assert.match(lines[0], /^\*\*app\.listen\(\)\*\* keep-alive timeout: \*\*5 s\*\* — default/);
    assert.equal(lines[2], '| in front | idle timeout | this server | source |');
    assert.match(lines[4], /^\| \*\*AWS Application Load Balancer\*\* \(configured\) \| 60 s \| ✗ closes before the balancer \| /);
  });
});
