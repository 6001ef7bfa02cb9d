import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  InlayHintRequest,
  type CodeAction,
  type Diagnostic,
  type InlayHint,
  type MarkupContent,
  type Position,
} from 'vscode-languageserver-protocol/node';
import type * as Protocol from '../../extension/src/shared/protocol';
import { extensionModule } from './extension-module';
import { LspSession } from './lsp-session';
import { Workspace } from './workspace';

const { USE_DISCOVERED_COMMAND } = extensionModule<typeof Protocol>('shared/protocol');

const NGINX = 'http {\n  keepalive_timeout 15s;\n}\n';
const TERRAFORM = 'resource "aws_lb" "web" {\n  load_balancer_type = "application"\n  idle_timeout       = 10\n}\n';
const ORDERS = "import http from 'node:http';\n\nexport const orders = new http.Agent({ keepAlive: true, timeout: 60_000 });\n";
const SEARCH = "const http = require('node:http');\nexports.search = new http.Agent({ keepAlive: true, timeout: 30_000 });\n";
const SERVER = "import http from 'node:http';\nconst server = http.createServer();\nserver.keepAliveTimeout = 5000;\nserver.listen(3000);\n";

/** The position just after `needle` in `text`. */
function endOf(text: string, needle: string): Position {
  const offset = text.indexOf(needle) + needle.length;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

describe('language server: config files in the editor', () => {
  let workspace: Workspace;
  let session: LspSession;

  before(async () => {
    workspace = new Workspace({ 'deploy/nginx.conf': NGINX, 'infra/main.tf': TERRAFORM, 'src/orders.ts': ORDERS, 'src/search.js': SEARCH, 'api/server.mjs': SERVER });
    session = await LspSession.start({ workspace: workspace.path, trusted: false });
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  async function hints(uri: string): Promise<Array<{ position: Position; label: string }>> {
    const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
    const result: InlayHint[] = (await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
    return result.map(({ position, label }) => ({ position, label: String(label) }));
  }

  async function hover(uri: string, position: Position): Promise<string | undefined> {
    const result = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return (result?.contents as MarkupContent | undefined)?.value;
  }

  it('nginx.conf: a hint after keepalive_timeout counts the pools of the repository that outlive it', async () => {
    const uri = workspace.uri('deploy/nginx.conf');
    await session.open(uri, 'plaintext', NGINX);
    // Two requests while the repository's code is first read: both wait for all of it.
    const expected = [{ position: endOf(NGINX, 'keepalive_timeout 15s'), label: '15 s · 2 pools in this repo keep idle 60 s ✗' }];
    assert.deepEqual(await Promise.all([hints(uri), hints(uri)]), [expected, expected]);
  });

  it('nginx.conf: the hover lists those pools with links to their lines', async () => {
    const uri = workspace.uri('deploy/nginx.conf');
    const markdown = (await hover(uri, { line: 1, character: 4 })) ?? '';
    assert.match(markdown, /^\*\*nginx\*\* `keepalive_timeout 15s` \(http\): \*\*15 s\*\* — set here/);
    assert.ok(markdown.includes(`| [src/orders.ts:3](${workspace.uri('src/orders.ts')}#L3) | \`http.Agent\` | 60 s | ✗ |`), markdown);
    assert.ok(markdown.includes(`| [src/search.js:2](${workspace.uri('src/search.js')}#L2) | \`http.Agent\` | 30 s | ✗ |`), markdown);
    assert.equal(await hover(uri, { line: 0, character: 1 }), undefined, 'no hover off the directive');
  });

  it('nginx.conf edited in the editor (not saved): the hint follows the text', async () => {
    const uri = workspace.uri('deploy/nginx.conf');
    const edited = 'http {\n  # longer than every pool\n  keepalive_timeout 90s;\n}\n';
    await session.change(uri, edited);
    assert.deepEqual(await hints(uri), [{ position: endOf(edited, 'keepalive_timeout 90s'), label: '90 s · 2 pools close first ✓' }]);
    await session.change(uri, NGINX);
  });

  it('main.tf: the ALB idle timeout against the pools and against the server it fronts', async () => {
    const uri = workspace.uri('infra/main.tf');
    await session.open(uri, 'terraform', TERRAFORM);
    assert.deepEqual(await hints(uri), [
      { position: endOf(TERRAFORM, 'idle_timeout       = 10'), label: '10 s · 2 pools in this repo keep idle 60 s ✗ · 1 server in this repo closes after 5 s ✗' },
    ]);
    const markdown = (await hover(uri, { line: 2, character: 3 })) ?? '';
    assert.ok(markdown.includes(`| [api/server.mjs:3](${workspace.uri('api/server.mjs')}#L3) | \`http.createServer()\` | 5 s | ✗ |`), markdown);
  });

  it('an open code document counts as edited: the config hints follow it', async () => {
    const uri = workspace.uri('src/search.js');
    await session.open(uri, 'javascript', SEARCH.replace('30_000', '4_000'));
    await session.currentDiagnostics(uri);
    const nginx = workspace.uri('deploy/nginx.conf');
    assert.deepEqual((await hints(nginx)).map((hint) => hint.label), ['15 s · 1 pool in this repo keeps idle 60 s ✗']);
    await session.change(uri, SEARCH);
    await session.currentDiagnostics(uri);
  });

  it('a code hover lists the discovered nginx with its file and line, though the settings do not name it', async () => {
    const uri = workspace.uri('src/search.js');
    const markdown = (await hover(uri, endOf(SEARCH, 'timeout: 30_0'))) ?? '';
    const rows = markdown.split('\n').filter((line) => line.startsWith('| '));
    // The assumed server first, then what discovery found, then the catalogue's common servers.
    assert.match(rows[2] ?? '', /^\| \*\*Node\.js \(assumed\)\*\* /);
    assert.ok(
      rows.includes(`| nginx (discovered, not in the settings) | 15 s | ✗ outlives the server | [deploy/nginx.conf:2 keepalive_timeout 15s](${workspace.uri('deploy/nginx.conf')}#L2) |`),
      markdown,
    );
    assert.ok(rows.some((row) => row.startsWith('| AWS Application Load Balancer (discovered, not in the settings) | 10 s |')), markdown);
  });

  it('config documents get no diagnostics: they are annotated, not linted', () => {
    assert.equal(session.published.get(workspace.uri('deploy/nginx.conf')), undefined);
    assert.equal(session.published.get(workspace.uri('infra/main.tf')), undefined);
  });

  it('a YAML file that sets no idle timeout gets nothing', async () => {
    const uri = workspace.uri('.github/workflows/ci.yml');
    await session.open(uri, 'yaml', 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n');
    assert.deepEqual(await hints(uri), []);
    assert.equal(await hover(uri, { line: 0, character: 1 }), undefined);
    assert.equal(session.published.get(uri), undefined);
  });

  it('the quick fix "use the servers discovered in this workspace" writes the settings, and the findings follow', async () => {
    const uri = workspace.uri('src/search.js');
    const diagnostics: Diagnostic[] = await session.currentDiagnostics(uri);
    assert.ok(diagnostics.length > 0, 'a 30 s pool outlives the assumed 5 s server');
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostics[0]!.range,
      context: { diagnostics },
    })) as CodeAction[];
    const fix = actions.find((action) => action.command?.command === USE_DISCOVERED_COMMAND);
    assert.equal(fix?.title, 'Use the servers discovered in this workspace (keepalive.servers, keepalive.frontedBy)');
    const [argument] = fix!.command!.arguments as [Protocol.UseDiscoveredArguments];
    assert.deepEqual(argument, { uri, settings: { servers: ['discovered'], frontedBy: ['discovered'] } });
    // What the client's command does: write the settings; VS Code then tells the server they changed.
    const published = session.published.get(uri)!.length;
    await session.changeSettings({ ...session.settings, ...argument.settings });
    const updated = await session.diagnostics(uri, (params) => session.published.get(uri)!.indexOf(params) >= published);
    const messages = updated.map((diagnostic) => String(diagnostic.message));
    // The shortest discovered idle timeout decides: the ALB's 10 s, named with its file and line.
    assert.ok(messages.some((message) => message.includes('but AWS Application Load Balancer (infra/main.tf:3 `idle_timeout = 10`) closes idle connections after 10 s')), messages.join('\n'));
    // Once the settings use them, the fix is not offered again.
    const again = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: updated[0]!.range, context: { diagnostics: updated } })) as CodeAction[];
    assert.equal(again.find((action) => action.command?.command === USE_DISCOVERED_COMMAND), undefined);
  });

  it('a code file saved on disk (the watcher reports it) is counted in the hints', async () => {
    writeFileSync(join(workspace.path, 'src', 'reports.js'), "const http = require('node:http');\nexports.reports = new http.Agent({ keepAlive: true, timeout: 120_000 });\n");
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: workspace.uri('src/reports.js'), type: FileChangeType.Created }] });
    assert.deepEqual((await hints(workspace.uri('deploy/nginx.conf'))).map((hint) => hint.label), ['15 s · 3 pools in this repo keep idle 2 min ✗']);
  });
});
