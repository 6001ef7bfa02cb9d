import { strict as assert } from 'node:assert';
import { HoverRequest } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-session';
import { AGENT_WITHOUT_TIMEOUT_JS, BROKEN_SYNTAX_JS, hugeMinifiedJs } from './samples';
import { Workspace } from './workspace';

describe('language server: bad input never stops it', () => {
  let workspace: Workspace;
  let session: LspSession;

  before(async () => {
    workspace = new Workspace({ 'package.json': '{ "private": true }' });
    // A typo in settings.json ("ngnix") and a wrong type: each must be one clear message, not a crash.
    session = await LspSession.start({ workspace: workspace.path, trusted: true, settings: { servers: ['ngnix'], enable: 'yes' } });
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  it('names a malformed setting once, and lints with the valid rest', async () => {
    for (const name of ['first.js', 'second.js']) {
      const uri = workspace.uri(name);
      await session.open(uri, 'javascript', AGENT_WITHOUT_TIMEOUT_JS);
      const diagnostics = await session.currentDiagnostics(uri);
      assert.deepEqual(diagnostics.map((d) => d.code), ['keepalive/require-idle-timeout']);
    }
    const messages = session.notifications.map((n) => n.message);
    const typo = messages.filter((m) => m.includes('ngnix'));
    assert.equal(typo.length, 1, JSON.stringify(messages));
    // Named as the VS Code setting the user wrote, with the plugin's "did you mean".
    assert.match(typo[0]!, /^Keep-Alive: keepalive\.servers\[0\]: unknown server id "ngnix"\. Did you mean 'nginx'/);
    assert.deepEqual(messages.filter((m) => m.includes('keepalive.enable')), ['Keep-Alive: keepalive.enable must be true or false, got "yes"; using true.']);
  });

  it('keeps the last findings of a document while its text does not parse', async () => {
    const uri = workspace.uri('first.js');
    const before = session.published.get(uri)!.length;
    await session.change(uri, BROKEN_SYNTAX_JS);
    await session.logged((line) => line.startsWith('Not linted (does not parse)') && line.includes('first.js'));
    assert.equal(session.published.get(uri)!.length, before, 'no new (empty) diagnostics for the broken version');
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 20 } });
    assert.equal(hover, null);
  });

  it('skips a 5 MB minified file with a log line, and keeps serving the other documents', async () => {
    const huge = workspace.uri('vendor.min.js');
    await session.open(huge, 'javascript', hugeMinifiedJs());
    assert.deepEqual(await session.currentDiagnostics(huge), []);
    await session.logged((line) => /^Skipped \S+vendor\.min\.js: 5\.0 MB is over the 1 MB limit/.test(line));
    const other = workspace.uri('third.js');
    await session.open(other, 'javascript', AGENT_WITHOUT_TIMEOUT_JS);
    assert.deepEqual((await session.currentDiagnostics(other)).map((d) => d.code), ['keepalive/require-idle-timeout']);
    const second = session.published.get(workspace.uri('second.js'))!.at(-1)!;
    assert.equal(second.diagnostics.length, 1, 'the other documents keep their diagnostics');
    assert.ok(session.alive, session.errorOutput);
  });
});
