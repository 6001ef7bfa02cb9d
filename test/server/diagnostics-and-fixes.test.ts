import { strict as assert } from 'node:assert';
import {
  CodeActionRequest,
  DiagnosticSeverity,
  ExecuteCommandRequest,
  HoverRequest,
  InlayHintRequest,
  type CodeAction,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from './lsp-session';
import { AGENT_WITHOUT_TIMEOUT_JS, AGENT_WITHOUT_TIMEOUT_TS } from './samples';
import { Workspace } from './workspace';

const DOCS = 'https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/';

function requireIdleTimeout(diagnostics: Diagnostic[]): Diagnostic {
  const found = diagnostics.filter((diagnostic) => diagnostic.code === 'keepalive/require-idle-timeout');
  assert.equal(found.length, 1, JSON.stringify(diagnostics));
  return found[0]!;
}

describe('language server: diagnostics and quick fixes', () => {
  let workspace: Workspace;
  let session: LspSession;
  const texts = new Map<string, string>();

  before(async () => {
    workspace = new Workspace({ 'package.json': '{ "private": true }' });
    session = await LspSession.start({ workspace: workspace.path, trusted: true });
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  async function open(name: string, languageId: string, text: string): Promise<string> {
    const uri = workspace.uri(name);
    texts.set(uri, text);
    await session.open(uri, languageId, text);
    return uri;
  }

  async function codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const result = await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic], only: ['quickfix'] },
    });
    return (result ?? []) as CodeAction[];
  }

  /** Applies a code action's edit as an editor would, after checking it is for the current version. */
  async function apply(uri: string, action: CodeAction): Promise<void> {
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, session.versions.get(uri), 'the edit names the version it was made for');
    const document = TextDocument.create(uri, 'javascript', change.textDocument.version!, texts.get(uri)!);
    const text = TextDocument.applyEdits(document, change.edits as TextEdit[]);
    texts.set(uri, text);
    await session.change(uri, text);
  }

  it('announces quick fixes, inlay hints and hovers', () => {
    const capabilities = session.initializeResult.capabilities;
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.equal(capabilities.inlayHintProvider, true);
    assert.equal(capabilities.hoverProvider, true);
  });

  it('reports a JavaScript agent without an idle timeout on the construction, linked to the rule doc', async () => {
    const uri = await open('agent.js', 'javascript', AGENT_WITHOUT_TIMEOUT_JS);
    const diagnostic = requireIdleTimeout(await session.currentDiagnostics(uri));
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 14 }, end: { line: 1, character: 49 } });
    assert.equal(diagnostic.source, 'keepalive');
    assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
    assert.equal(diagnostic.codeDescription?.href, `${DOCS}require-idle-timeout.md`);
    assert.match(JSON.stringify(diagnostic.message), /never closes them/);
  });

  it('reports the same mistake in TypeScript, parsed with the TypeScript parser', async () => {
    const uri = await open('agent.ts', 'typescript', AGENT_WITHOUT_TIMEOUT_TS);
    const diagnostic = requireIdleTimeout(await session.currentDiagnostics(uri));
    assert.deepEqual(diagnostic.range, { start: { line: 2, character: 28 }, end: { line: 2, character: 74 } });
  });

  it('parses JSX in a javascriptreact document even when the file is named .js', async () => {
    const text = `import https from 'node:https';\nconst agent = new https.Agent({ keepAlive: true });\nexport const App = () => <Status agent={agent} />;\n`;
    const uri = await open('App.js', 'javascriptreact', text);
    assert.equal(requireIdleTimeout(await session.currentDiagnostics(uri)).range.start.line, 1);
  });

  it('offers the suggestion, a disable comment and the documentation; the suggestion removes the finding', async () => {
    const uri = workspace.uri('agent.js');
    const diagnostic = requireIdleTimeout(await session.currentDiagnostics(uri));
    const actions = await codeActions(uri, diagnostic);
    assert.deepEqual(
      actions.map((action) => action.title),
      [
        'Set `timeout: 4000` (5 s idle at Node.js (assumed) minus 1 s margin) (keepalive/require-idle-timeout)',
        'Disable keepalive/require-idle-timeout for this line',
        'Show documentation for keepalive/require-idle-timeout',
      ],
    );
    assert.ok(actions.every((action) => action.kind === 'quickfix' && !action.isPreferred), 'never preferred, so never applied on its own');
    await apply(uri, actions[0]!);
    assert.match(texts.get(uri)!, /new http\.Agent\(\{ keepAlive: true, timeout: 4000 \}\)/);
    const after = await session.currentDiagnostics(uri);
    assert.deepEqual(after.filter((d) => d.code === 'keepalive/require-idle-timeout'), []);
  });

  it('disables the rule for one line with a comment that keeps the indentation', async () => {
    const text = `import { Agent } from 'node:https';\n\nexport const shared = {\n  agent: new Agent({ keepAlive: true }),\n};\n`;
    const uri = await open('indented.ts', 'typescript', text);
    const diagnostic = requireIdleTimeout(await session.currentDiagnostics(uri));
    const disable = (await codeActions(uri, diagnostic)).find((action) => action.title.startsWith('Disable'))!;
    await apply(uri, disable);
    assert.match(texts.get(uri)!, /\{\n {2}\/\/ eslint-disable-next-line keepalive\/require-idle-timeout\n {2}agent: new Agent/);
    const after = await session.currentDiagnostics(uri);
    assert.deepEqual(after.filter((d) => d.code === 'keepalive/require-idle-timeout'), []);
  });

  it('answers nothing for diagnostics of an older version instead of a stale edit', async () => {
    const uri = await open('stale.js', 'javascript', AGENT_WITHOUT_TIMEOUT_JS);
    const old = requireIdleTimeout(await session.currentDiagnostics(uri));
    await session.change(uri, `// a new first line moves everything down\n${AGENT_WITHOUT_TIMEOUT_JS}`);
    assert.deepEqual(await codeActions(uri, old), []);
    const fresh = requireIdleTimeout(await session.currentDiagnostics(uri));
    assert.equal(fresh.range.start.line, 2);
    assert.equal((await codeActions(uri, fresh)).length, 3);
  });

  it('Ctrl+. right after an edit, before that version is linted, waits for its lint and offers the fixes for it', async () => {
    const uri = await open('burst.js', 'javascript', AGENT_WITHOUT_TIMEOUT_JS);
    const diagnostic = requireIdleTimeout(await session.currentDiagnostics(uri));
    // Two quick edits below the finding: the first is linted at once, the second waits for the burst to settle.
    await session.change(uri, `${AGENT_WITHOUT_TIMEOUT_JS}// one\n`);
    const latest = await session.change(uri, `${AGENT_WITHOUT_TIMEOUT_JS}// one\n// two\n`);
    texts.set(uri, `${AGENT_WITHOUT_TIMEOUT_JS}// one\n// two\n`);
    const actions = await codeActions(uri, diagnostic);
    assert.equal(actions.length, 3, JSON.stringify(actions));
    assert.equal((actions[0]!.edit!.documentChanges![0] as TextDocumentEdit).textDocument.version, latest);
    await apply(uri, actions[0]!);
    assert.match(texts.get(uri)!, /new http\.Agent\(\{ keepAlive: true, timeout: 4000 \}\);\nmodule\.exports = agent;\n\/\/ one\n\/\/ two\n$/);
  });

  it('lints a document once when VS Code asks for inlay hints and hovers while its first lint runs', async () => {
    const uri = workspace.uri('asked-at-once.js');
    texts.set(uri, AGENT_WITHOUT_TIMEOUT_JS);
    await session.open(uri, 'javascript', AGENT_WITHOUT_TIMEOUT_JS);
    const range = { start: { line: 0, character: 0 }, end: { line: 3, character: 0 } };
    const position = { line: 1, character: 20 };
    await Promise.all([
      session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }),
      session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }),
      session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range }),
    ]);
    requireIdleTimeout(await session.currentDiagnostics(uri));
    assert.equal(session.published.get(uri)!.filter((params) => params.version === 1).length, 1);
  });

  it('opens the rule documentation through the editor', async () => {
    const uri = workspace.uri('agent.ts');
    const diagnostic = requireIdleTimeout(await session.currentDiagnostics(uri));
    const show = (await codeActions(uri, diagnostic)).find((action) => action.command)!;
    await session.connection.sendRequest(ExecuteCommandRequest.type, show.command!);
    assert.deepEqual(session.shownDocuments.at(-1), { uri: `${DOCS}require-idle-timeout.md`, external: true });
  });

  it('serves the server catalogue as Markdown with sources', async () => {
    const markdown = await session.connection.sendRequest<string>('keepalive/serverDefaults');
    assert.match(markdown, /^# Known server defaults/);
    assert.match(markdown, /\| `nginx` \| nginx \| [^|]+ \| 75 s \|/);
    assert.match(markdown, /\]\(https:\/\/github\.com\/nginx\/nginx\/blob\/HEAD\//);
  });
});
