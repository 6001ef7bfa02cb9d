'use strict';
// A config file of the workspace in the editor: its idle timeout gets an inlay hint and a hover that count the
// pools of the workspace's code (read from disk: none of the code files is open when the test starts). In code,
// the hover lists what discovery found, and the quick fix "Use the servers discovered in this workspace" writes
// the setting through the extension's own command.
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { openFile, endOf, inlayHints, waitFor, diagnosticsWhen, ourHovers, rangeOf } = require('./support');

describe('config files', () => {
  it('nginx.conf: a hint after keepalive_timeout counts the pools that outlive it, the hover links them', async () => {
    const { document, uri } = await openFile('deploy/nginx.conf');
    const hints = await waitFor(async () => {
      const found = await inlayHints(document);
      return found.length > 0 ? found : undefined;
    }, 'the inlay hint of nginx.conf');
    const end = endOf(document, 'keepalive_timeout 15s');
    assert.equal(hints.length, 1, JSON.stringify(hints));
    assert.deepEqual([hints[0].line, hints[0].character], [end.line, end.character]);
    // The two undici pools (30 s, 90 s), the Java client and the payments client, which never close idle sockets.
    assert.equal(hints[0].label, '15 s · 4 pools in this repo keep idle forever ✗');

    const hovers = (await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, end.translate(0, -3))) ?? [];
    const markdown = hovers.flatMap((hover) => hover.contents.map((part) => (typeof part === 'string' ? part : part.value))).join('\n');
    assert.match(markdown, /\*\*nginx\*\* `keepalive_timeout 15s` \(http\): \*\*15 s\*\* — set here/);
    assert.match(markdown, /\| \[src\/payments-client\.js:\d+\]\(file:\/\/\S+\/src\/payments-client\.js#L\d+\) \| `http\.Agent` \| never \| ✗ \|/);
  });
});

describe('discovered servers in code', () => {
  const settings = () => vscode.workspace.getConfiguration('keepalive');
  after(async () => {
    await settings().update('servers', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('JS client: the hover lists the nginx of deploy/nginx.conf, and the quick fix makes the finding use it', async () => {
    const { document, uri } = await openFile('src/payments-client.js');
    const [before] = await diagnosticsWhen(uri);
    assert.match(before.message, /Node\.js \(assumed\)/);
    const [hover] = await ourHovers(uri, rangeOf(document, 'http.Agent').start.translate(0, 'http.'.length));
    const row = /^\| nginx \(discovered, not in the settings\) \| 15 s \| ✗ outlives the server \| \[deploy\/nginx\.conf:4 keepalive_timeout 15s\]\(file:\/\/\S+\/deploy\/nginx\.conf#L4\) \|$/;
    assert.ok(hover.markdown.split('\n').some((line) => row.test(line)), hover.markdown);

    const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, before.range)) ?? [];
    const fix = actions.find((action) => action.title.startsWith('Use the servers discovered in this workspace'));
    assert.equal(fix?.title, 'Use the servers discovered in this workspace (keepalive.servers)');
    await vscode.commands.executeCommand(fix.command.command, ...fix.command.arguments);
    assert.deepEqual(settings().inspect('servers').workspaceValue, ['discovered']);
    const [after] = await diagnosticsWhen(uri, (list) => list.length === 1 && /deploy\/nginx\.conf:4/.test(list[0].message), 'the finding to name the discovered nginx');
    assert.doesNotMatch(after.message, /Node\.js \(assumed\)/);
  });
});
