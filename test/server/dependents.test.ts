import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, type FileEvent } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-session';
import { Workspace } from './workspace';

/** Options another module exports, first with an idle timeout, then without one. */
const CONFIG_WITH_TIMEOUT = 'export const agentOptions = { keepAlive: true, timeout: 3000, maxSockets: 5 };\n';
const CONFIG_WITHOUT_TIMEOUT = 'export const agentOptions = { keepAlive: true, maxSockets: 5 };\n';
const CLIENT = "import https from 'node:https';\nimport { agentOptions } from './config';\n\nexport const agent = new https.Agent(agentOptions);\n";
const UNRELATED = "import https from 'node:https';\n\nexport const agent = new https.Agent({ keepAlive: true, timeout: 3000, maxSockets: 5 });\n";

describe('language server: documents that read other modules', () => {
  let workspace: Workspace;
  let session: LspSession;

  before(async () => {
    workspace = new Workspace({ 'config.ts': CONFIG_WITH_TIMEOUT, 'client.ts': CLIENT, 'other.ts': UNRELATED, 'package.json': '{ "private": true }' });
    session = await LspSession.start({ workspace: workspace.path, trusted: false });
  });
  after(async () => {
    await session.stop();
    workspace.remove();
  });

  async function changed(names: readonly string[]): Promise<void> {
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: names.map((name): FileEvent => ({ uri: workspace.uri(name), type: FileChangeType.Changed })),
    });
  }

  it('lints a document again when a module it imports changes on disk, and only that document', async () => {
    const client = workspace.uri('client.ts');
    const other = workspace.uri('other.ts');
    await session.open(client, 'typescript', CLIENT);
    await session.open(other, 'typescript', UNRELATED);
    assert.deepEqual(await session.currentDiagnostics(client), []);
    assert.deepEqual(await session.currentDiagnostics(other), []);
    const clientPublished = session.published.get(client)!.length;
    const otherPublished = session.published.get(other)!.length;

    writeFileSync(join(workspace.path, 'config.ts'), CONFIG_WITHOUT_TIMEOUT);
    await changed(['config.ts']);
    const after = await session.diagnostics(client, (params) => session.published.get(client)!.indexOf(params) >= clientPublished);
    assert.deepEqual(
      after.map((diagnostic) => [diagnostic.code, diagnostic.range.start.line]),
      [['keepalive/require-idle-timeout', 3]],
    );
    assert.equal(session.published.get(other)!.length, otherPublished, 'a document that reads nothing of it is not linted again');
  });

  it('leaves documents alone when a file none of them read changes', async () => {
    const client = workspace.uri('client.ts');
    // A round trip through the server: what it was told before has been handled once a later document is linted.
    const roundTrip = async (name: string) => {
      await session.open(workspace.uri(name), 'typescript', "import http from 'node:http';\nnew http.Agent();\n");
      await session.currentDiagnostics(workspace.uri(name));
    };
    await roundTrip('probe-before.ts');
    const published = session.published.get(client)!.length;
    writeFileSync(join(workspace.path, 'unrelated.ts'), 'export const x = 1;\n');
    await changed(['unrelated.ts']);
    await roundTrip('probe-after.ts');
    assert.equal(session.published.get(client)!.length, published);
  });
});
