import { strict as assert } from 'node:assert';
import { HoverRequest, InlayHintRequest, type InlayHint, type MarkupContent } from 'vscode-languageserver-protocol/node';
import { LspSession } from './lsp-session';
import { SERVERS_JS, THREE_AGENTS_JS } from './samples';
import { Workspace } from './workspace';

const lines = THREE_AGENTS_JS.split('\n');

/** The position just after `text` on a line of the sample. */
function endOf(line: number, text: string): { line: number; character: number } {
  return { line, character: lines[line]!.indexOf(text) + text.length };
}

describe('language server: inlay hints, hovers and settings', () => {
  let workspace: Workspace;
  let session: LspSession;
  let uri: string;

  before(async () => {
    workspace = new Workspace({ 'package.json': '{ "private": true }' });
    // What a user writes in settings.json: the code's clients talk to nginx.
    session = await LspSession.start({ workspace: workspace.path, trusted: true, settings: { servers: ['nginx'] } });
    uri = workspace.uri('pools.js');
    await session.open(uri, 'javascript', THREE_AGENTS_JS);
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  async function hints(): Promise<InlayHint[]> {
    const range = { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } };
    return (await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
  }

  async function hover(line: number, text: string): Promise<string | undefined> {
    const position = { line, character: lines[line]!.indexOf(text) + 1 };
    const result = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return (result?.contents as MarkupContent | undefined)?.value;
  }

  it('puts a hint after each explicit timeout and after the pool whose idle timeout is the default', async () => {
    const found = (await hints()).map((hint) => ({ position: hint.position, label: hint.label }));
    assert.deepEqual(found, [
      { position: endOf(1, '30_000'), label: '30 s · < nginx 75 s ✓' },
      { position: endOf(2, 'new http.Agent({ keepAlive: true })'), label: 'idle: never closed ✗ nginx 75 s' },
      { position: endOf(3, '90_000'), label: '90 s ✗ ≥ nginx 75 s' },
    ]);
  });

  it('hovers a value with the comparison table, the sources and what to change', async () => {
    const markdown = await hover(3, '90_000');
    assert.ok(markdown, 'a hover on the value');
    assert.match(markdown, /\*\*http\.Agent\*\* idle timeout: \*\*90 s\*\* — `timeout`/);
    assert.match(markdown, /\| \*\*nginx\*\* \(configured\) \| 75 s \| ✗ outlives the server \| \[nginx\/nginx:src\/http\/ngx_http_core_module\.c:3945-3946\]\(https:\/\/github\.com\/nginx\/nginx\/blob\/HEAD\/src\/http\/ngx_http_core_module\.c#L3945-L3946\) \|/);
    // The common servers of the catalogue are compared too, each with its own verdict.
    assert.match(markdown, /\| Node\.js http\.Server \(<26\) \| 5 s \| ✗ outlives the server \| \[nodejs\.org\]\(https:\/\/nodejs\.org\//);
    assert.match(markdown, /\| HAProxy[^|]* \| never \| ✓ server never closes idle connections \|/);
    assert.match(markdown, /Set `timeout: 74_000` \(nginx closes idle connections after 75 s, minus 1 s margin\)\./);
    assert.match(markdown, /\[keepalive\/require-idle-timeout-below-server\]\(https:\/\/\S+require-idle-timeout-below-server\.md\)/);
  });

  it('hovers the constructor of a pool that relies on the default', async () => {
    const markdown = await hover(2, 'http.Agent');
    assert.ok(markdown);
    assert.match(markdown, /idle timeout: \*\*never closed\*\* — default \(no `timeout`\)/);
    assert.match(markdown, /\| \*\*nginx\*\* \(configured\) \| 75 s \| ✗ outlives the server \|/);
  });

  it('says there is nothing to change for a value below every server', async () => {
    const markdown = await hover(1, '30_000');
    assert.match(markdown ?? '', /Nothing to change: idle sockets close at least 1 s before nginx closes them \(75 s\)\./);
  });

  it('changes the findings and hints when a setting changes', async () => {
    const before = await session.currentDiagnostics(uri);
    assert.deepEqual(
      before.map((d) => [d.code, d.range.start.line]),
      [
        ['keepalive/require-idle-timeout', 2],
        ['keepalive/require-idle-timeout-below-server', 3],
      ],
    );
    const published = session.published.get(uri)!.length;
    await session.changeSettings({ servers: [] }); // back to the assumed Node.js 5 s server
    const afterChange = await session.diagnostics(uri, (params) => session.published.get(uri)!.indexOf(params) >= published);
    assert.deepEqual(
      afterChange.map((d) => [d.code, d.range.start.line]),
      [
        ['keepalive/require-idle-timeout-below-server', 1],
        ['keepalive/require-idle-timeout', 2],
        ['keepalive/require-idle-timeout-below-server', 3],
      ],
    );
    assert.equal((await hints())[0]!.label, '30 s ✗ ≥ node 5 s');
  });

  it('turns inlay hints off with keepalive.inlayHints.enabled', async () => {
    await session.changeSettings({ inlayHints: { enabled: false } });
    assert.deepEqual(await hints(), []);
  });

  it('lints nothing with keepalive.enable off', async () => {
    const published = session.published.get(uri)!.length;
    await session.changeSettings({ enable: false });
    const diagnostics = await session.diagnostics(uri, (params) => session.published.get(uri)!.indexOf(params) >= published);
    assert.deepEqual(diagnostics, []);
  });
});

describe('language server: a server behind a load balancer', () => {
  let workspace: Workspace;
  let session: LspSession;

  before(async () => {
    workspace = new Workspace({ 'package.json': '{ "private": true }' });
    session = await LspSession.start({ workspace: workspace.path, trusted: true, settings: { frontedBy: ['aws-alb'] } });
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  it('compares each keep-alive timeout with the balancer in the hint and the diagnostics', async () => {
    const uri = workspace.uri('server.js');
    await session.open(uri, 'javascript', SERVERS_JS);
    const diagnostics = await session.currentDiagnostics(uri);
    assert.ok(diagnostics.some((d) => d.code === 'keepalive/require-server-idle-above-balancer' && d.range.start.line === 1), JSON.stringify(diagnostics));
    const range = { start: { line: 0, character: 0 }, end: { line: 6, character: 0 } };
    const hints = (await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
    assert.deepEqual(
      hints.map((hint) => [hint.position.line, hint.label]),
      [
        [2, '30 s ✗ ≤ aws-alb 60 s'],
        [3, '65 s · > aws-alb 60 s ✓'],
      ],
    );
  });
});

describe("language server: undici's keep-alive cap behind a load balancer", () => {
  const text = [
    "const { Agent, Pool } = require('undici');",
    "const orders = new Pool('http://orders.internal', { keepAliveTimeout: 4000 });",
    'const search = new Agent({ keepAliveTimeout: 4000, keepAliveMaxTimeout: 30_000 });',
    '',
  ].join('\n');
  let workspace: Workspace;
  let session: LspSession;
  let uri: string;

  before(async () => {
    workspace = new Workspace({ 'package.json': '{ "private": true }' });
    session = await LspSession.start({ workspace: workspace.path, trusted: true, settings: { servers: ['aws-alb'] } });
    uri = workspace.uri('clients.js');
    await session.open(uri, 'javascript', text);
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  it('puts the default cap after the pool and compares an explicit one, next to the idle timeouts', async () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    const hints = (await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
    const lines = text.split('\n');
    const after = (line: number, snippet: string) => ({ line, character: lines[line]!.indexOf(snippet) + snippet.length });
    assert.deepEqual(
      hints.map((hint) => ({ position: hint.position, label: hint.label })),
      [
        { position: after(1, '4000'), label: '4 s · < aws-alb 60 s ✓' },
        { position: after(1, "new Pool('http://orders.internal', { keepAliveTimeout: 4000 })"), label: 'cap: 10 min ✗ ≥ aws-alb 60 s' },
        { position: after(2, '4000'), label: '4 s · < aws-alb 60 s ✓' },
        { position: after(2, '30_000'), label: '30 s · < aws-alb 60 s ✓' },
      ],
    );
  });

  it('hovers the constructor with the cap, the balancer and the value to write', async () => {
    const position = { line: 1, character: text.split('\n')[1]!.indexOf('Pool') + 1 };
    const result = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    const markdown = (result?.contents as MarkupContent | undefined)?.value ?? '';
    assert.match(markdown, /^\*\*undici\.Pool\*\* keep-alive cap: \*\*10 min\*\* — default \(no `keepAliveMaxTimeout`\)/);
    assert.match(markdown, /\| on the way \| idle timeout \| this pool \| source \|/);
    assert.match(markdown, /Set `keepAliveMaxTimeout: 59_000` \(AWS Application Load Balancer drops idle flows after 60 s, minus 1 s margin\)\./);
  });
});
