'use strict';
// A config file of the workspace in the editor: its idle timeout gets an inlay hint and a hover that count the
// pools of the workspace's code (read from disk: none of the code files is open when the test starts).
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { openFile, endOf, inlayHints, waitFor } = require('./support');

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
