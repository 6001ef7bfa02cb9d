'use strict';
// A change of `keepalive.servers` reaches the language server and re-lints open files (the project
// config still wins for the TS file); "Show Known Server Defaults" opens the catalogue.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { openFile, diagnosticsWhen, quickFixes, inlayHints, waitFor } = require('./support');

describe('settings', () => {
  const settings = () => vscode.workspace.getConfiguration('keepalive');
  after(async () => {
    await settings().update('servers', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('keepalive.servers: the JS client is compared with the new server at once; the TS file keeps its project config', async () => {
    const js = await openFile('src/payments-client.js');
    const ts = await openFile('src/inventory-client.ts');
    const [before] = await diagnosticsWhen(js.uri);
    assert.match(before.message, /Node\.js \(assumed\)/);

    await settings().update('servers', ['aws-alb'], vscode.ConfigurationTarget.Workspace);
    const [after] = await diagnosticsWhen(js.uri, (list) => list.length === 1 && /AWS Application Load Balancer/.test(list[0].message), 'the JS finding to name the ALB');
    assert.equal(after.code.value, 'keepalive/require-idle-timeout');
    assert.doesNotMatch(after.message, /Node\.js \(assumed\)/);
    const [fix] = await quickFixes(js.uri, after.range);
    assert.equal(fix.title, 'Set `timeout: 59000` (60 s idle at AWS Application Load Balancer minus 1 s margin) (keepalive/require-idle-timeout)');
    const hints = await waitFor(async () => {
      const list = await inlayHints(js.document);
      return list.length === 1 && list[0].label.includes('aws-alb') ? list : undefined;
    }, 'the inlay hint to follow the setting');
    assert.equal(hints[0].label, 'idle: never closed ✗ aws-alb 60 s');

    const tsDiagnostics = await diagnosticsWhen(ts.uri);
    assert.equal(tsDiagnostics.length, 1);
    assert.match(tsDiagnostics[0].message, /nginx closes idle connections after 75 s/);
  });
});

describe('commands', () => {
  it('"Keep-Alive: Show Known Server Defaults" opens the catalogue in a Markdown preview', async () => {
    const registered = (await vscode.commands.getCommands(true)).includes('keepalive.showServerDefaults');
    assert.ok(registered, 'the command is registered');
    await vscode.commands.executeCommand('keepalive.showServerDefaults');
    const document = await waitFor(
      () => vscode.workspace.textDocuments.find((doc) => doc.languageId === 'markdown' && doc.getText().startsWith('# Known server defaults')),
      'the catalogue document',
    );
    const text = document.getText();
    assert.match(text, /^\| `nginx` \| nginx \| keepalive_timeout \| 75 s \|/m);
    assert.match(text, /^\| `aws-alb` \| AWS Application Load Balancer \|.* 60 s \|/m);
    const preview = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(tab.input.viewType)),
      'the Markdown preview tab',
    );
    assert.match(preview.label, /Preview/);
  });
});
