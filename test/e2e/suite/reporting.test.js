'use strict';
// keepalive.diagnostics: who shows the findings in Problems. The ESLint extension cannot be installed
// here (no marketplace), so "auto" reports here; "never" takes the findings and their quick fixes out
// of the editor while inlay hints and hovers stay; "always" brings them back.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { openFile, diagnosticsWhen, quickFixes, inlayHints, ourHovers, rangeOf } = require('./support');

const FILE = 'src/payments-client.js';

describe('keepalive.diagnostics', () => {
  const settings = () => vscode.workspace.getConfiguration('keepalive');
  const setMode = (mode) => settings().update('diagnostics', mode, vscode.ConfigurationTarget.Workspace);
  after(() => setMode(undefined));

  it('"auto" without the ESLint extension: the findings are reported here', async () => {
    assert.equal(vscode.extensions.getExtension('dbaeumer.vscode-eslint'), undefined, 'the ESLint extension is not installed in this profile');
    assert.equal(settings().get('diagnostics'), 'auto');
    const { uri } = await openFile(FILE);
    const diagnostics = await diagnosticsWhen(uri);
    assert.deepEqual(diagnostics.map((d) => d.code.value), ['keepalive/require-idle-timeout']);
  });

  it('"never": no diagnostics and no quick fixes, but the inlay hint and the hover stay', async () => {
    const { document, uri } = await openFile(FILE);
    const [finding] = await diagnosticsWhen(uri);
    await setMode('never');
    await diagnosticsWhen(uri, (list) => list.length === 0, 'the finding to leave Problems');
    assert.deepEqual(await quickFixes(uri, finding.range), []);
    assert.deepEqual((await inlayHints(document)).map((hint) => hint.label), ['idle: never closed ✗ node 5 s']);
    const constructor = rangeOf(document, 'http.Agent');
    const hovers = await ourHovers(uri, constructor.start.translate(0, 'http.'.length));
    assert.equal(hovers.length, 1);
    assert.match(hovers[0].markdown, /idle timeout: \*\*never closed\*\*/);
  });

  it('"always": the finding and its quick fixes are back', async () => {
    const { uri } = await openFile(FILE);
    await setMode('always');
    const [finding] = await diagnosticsWhen(uri);
    const fixes = await quickFixes(uri, finding.range);
    assert.equal(fixes[0].title, 'Set `timeout: 4000` (5 s idle at Node.js (assumed) minus 1 s margin) (keepalive/require-idle-timeout)');
  });
});
