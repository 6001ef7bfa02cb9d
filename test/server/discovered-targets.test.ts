import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DidChangeWatchedFilesNotification, FileChangeType, HoverRequest, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-session';
import { Workspace } from './workspace';

const CLIENT = "import http from 'node:http';\nexport const agent = new http.Agent({ keepAlive: true, timeout: 30_000 });\n";

function messages(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.filter((d) => d.code === 'keepalive/require-idle-timeout-below-server').map((d) => String(d.message));
}

describe('language server: servers discovered in the workspace', () => {
  let workspace: Workspace;
  let session: LspSession;
  before(async () => {
    workspace = new Workspace({ 'deploy/nginx.conf': 'http {\n  keepalive_timeout 60s;\n}\n' });
    session = await LspSession.start({ workspace: workspace.path, trusted: false, settings: { servers: 'discovered' } });
  });
  after(async () => {
    await session.stop();
    workspace.remove();
  });

  it('compares an open TypeScript file with the nginx.conf on disk', async () => {
    const uri = workspace.uri('src/client.ts');
    await session.open(uri, 'typescript', CLIENT);
    // 30 s is below nginx's 60 s: nothing to say yet.
    assert.deepEqual(messages(await session.currentDiagnostics(uri)), []);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 1, character: 67 } });
    assert.match((hover!.contents as MarkupContent).value, /\| \*\*nginx\*\* \(discovered\) \| 60 s \| ✓ closes first \| \[deploy\/nginx\.conf:2 keepalive_timeout 60s\]\(file:\/\/\S+\/deploy\/nginx\.conf#L2\) \|/);
  });

  it('updates the open file’s diagnostics when nginx.conf is edited, without reopening it', async () => {
    const uri = workspace.uri('src/client.ts');
    const published = session.published.get(uri)!.length;
    writeFileSync(join(workspace.path, 'deploy', 'nginx.conf'), 'http {\n  keepalive_timeout 15s;\n}\n');
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: workspace.uri('deploy/nginx.conf'), type: FileChangeType.Changed }] });
    const diagnostics = await session.diagnostics(uri, (params) => session.published.get(uri)!.indexOf(params) >= published);
    assert.deepEqual(messages(diagnostics).map((message) => message.replace(/\. A request.*/, '')), [
      '`new http.Agent()` keeps idle sockets for 30 s (`timeout`), but nginx (deploy/nginx.conf:2 `keepalive_timeout 15s`) closes idle connections after 15 s',
    ]);
    assert.equal(session.versions.get(uri), 1, 'the document was not edited or reopened');
  });

  it('reads a Terraform file created later, once the watcher reports it', async () => {
    const uri = workspace.uri('src/client.ts');
    const published = session.published.get(uri)!.length;
    writeFileSync(join(workspace.path, 'main.tf'), 'resource "aws_lb" "web" {\n  idle_timeout = 10\n}\n');
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: workspace.uri('main.tf'), type: FileChangeType.Created }] });
    const diagnostics = await session.diagnostics(uri, (params) => session.published.get(uri)!.indexOf(params) >= published);
    assert.match(messages(diagnostics)[0] ?? '', /but AWS Application Load Balancer \(main\.tf:2 `idle_timeout = 10`\) closes idle connections after 10 s/);
  });
});
