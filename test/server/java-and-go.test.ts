import { strict as assert } from 'node:assert';
import {
  CodeActionRequest,
  HoverRequest,
  InlayHintRequest,
  type CodeAction,
  type Diagnostic,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type * as CoverageModule from '../../extension/src/client/eslint-coverage';
import type * as Protocol from '../../extension/src/shared/protocol';
import { extensionModule } from './extension-module';
import { LspSession } from './lsp-session';
import { HTTPCLIENT_WITHOUT_STRATEGY_JAVA, SERVER_WITHOUT_IDLE_TIMEOUT_GO } from './samples';
import { projectWith, Workspace } from './workspace';

const { eslintCoverage } = extensionModule<typeof CoverageModule>('client/eslint-coverage');

/** What the code talks to, as a user sets it in VS Code: its clients call Undertow, an ALB fronts its servers. */
const SETTINGS = { servers: ['undertow'], frontedBy: ['aws-alb'] };

describe('language server: Java and Go documents', () => {
  let workspace: Workspace;
  let session: LspSession;
  const texts = new Map<string, string>();

  before(async () => {
    workspace = new Workspace();
    session = await LspSession.start({ workspace: workspace.path, trusted: true, settings: SETTINGS });
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  async function open(name: string, languageId: string, text: string, uri = workspace.uri(name)): Promise<string> {
    texts.set(uri, text);
    await session.open(uri, languageId, text);
    return uri;
  }

  async function onlyFinding(uri: string, rule: string): Promise<Diagnostic> {
    const diagnostics = await session.currentDiagnostics(uri);
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      [rule],
      JSON.stringify(diagnostics),
    );
    return diagnostics[0]!;
  }

  async function quickFixes(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const context = { diagnostics: [diagnostic], only: ['quickfix'] };
    return ((await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context })) ?? []) as CodeAction[];
  }

  /** Applies a quick fix as an editor does (its edit names the version it was made for) and returns the new text. */
  async function apply(uri: string, action: CodeAction): Promise<string> {
    const change = action.edit!.documentChanges![0] as TextDocumentEdit;
    assert.equal(change.textDocument.version, session.versions.get(uri));
    const text = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 0, texts.get(uri)!), change.edits as TextEdit[]);
    texts.set(uri, text);
    await session.change(uri, text);
    return text;
  }

  async function hintLabels(uri: string): Promise<string[]> {
    const range = { start: { line: 0, character: 0 }, end: { line: texts.get(uri)!.split('\n').length, character: 0 } };
    const hints = (await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
    return hints.map((hint) => (typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')));
  }

  async function hoverAt(uri: string, text: string): Promise<string> {
    const document = TextDocument.create(uri, 'plaintext', 0, texts.get(uri)!);
    const position = document.positionAt(texts.get(uri)!.indexOf(text) + 1);
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return (hover?.contents as MarkupContent | undefined)?.value ?? '';
  }

  it('Java: reports the HttpClient without a keep-alive strategy, shows its idle time and compares it with common servers', async () => {
    const uri = await open('src/PaymentsClient.java', 'java', HTTPCLIENT_WITHOUT_STRATEGY_JAVA);
    const finding = await onlyFinding(uri, 'keepalive/require-idle-timeout');
    assert.deepEqual(finding.range, { start: { line: 8, character: 11 }, end: { line: 10, character: 16 } });
    assert.match(String(finding.message), /has no keep-alive strategy/);
    assert.deepEqual(await hintLabels(uri), ['idle: never closed ✗ undertow 60 s']);
    const hover = await hoverAt(uri, 'HttpClients.custom()');
    for (const row of [/\| \*\*Undertow\*\* \(configured\) \| 60 s \| ✗ outlives the server \|/, /\| Apache Tomcat [^|]*\| 20 s \|/, /\| nginx \| 75 s \|/, /\| AWS Application Load Balancer \| 60 s \|/]) {
      assert.match(hover, row);
    }
  });

  it('Java: the quick fix writes a capped keep-alive strategy, and the finding goes', async () => {
    const uri = workspace.uri('src/PaymentsClient.java');
    const [fix, disable, documentation] = await quickFixes(uri, await onlyFinding(uri, 'keepalive/require-idle-timeout'));
    assert.match(fix!.title, /^Use a keep-alive strategy .* up to 59000 ms \(60 s idle at Undertow minus 1 s margin\) \(keepalive\/require-idle-timeout\)$/);
    assert.equal(disable!.title, 'Disable keepalive/require-idle-timeout for this line');
    assert.equal(documentation!.title, 'Show documentation for keepalive/require-idle-timeout');
    assert.match(await apply(uri, fix!), /\.setKeepAliveStrategy\(/);
    assert.deepEqual(await session.currentDiagnostics(uri), []);
  });

  it('Go: reports the server whose idle timeout falls back to ReadTimeout below the balancer, with hint and hover', async () => {
    const uri = await open('cmd/api/main.go', 'go', SERVER_WITHOUT_IDLE_TIMEOUT_GO);
    const finding = await onlyFinding(uri, 'keepalive/require-server-idle-above-balancer');
    assert.equal(finding.range.start.line, 8);
    assert.deepEqual(await hintLabels(uri), ['idle: 10 s ✗ ≤ aws-alb 60 s']);
    assert.match(await hoverAt(uri, 'http.Server'), /The value is `ReadTimeout`'s: `IdleTimeout` is unset\./);
    const [fix] = await quickFixes(uri, finding);
    assert.equal(fix!.title, 'Set `IdleTimeout` to 65 * time.Second (AWS Application Load Balancer 60 s + 5 s) (keepalive/require-server-idle-above-balancer)');
    assert.match(await apply(uri, fix!), /\tIdleTimeout: +65 \* time\.Second,\n/);
    assert.deepEqual(await session.currentDiagnostics(uri), []);
  });

  it('Go: "Disable … for this line" writes a // comment the Go language honours', async () => {
    const uri = await open('cmd/admin/main.go', 'go', SERVER_WITHOUT_IDLE_TIMEOUT_GO);
    const actions = await quickFixes(uri, await onlyFinding(uri, 'keepalive/require-server-idle-above-balancer'));
    const disable = actions.find((action) => action.title.startsWith('Disable '))!;
    assert.match(await apply(uri, disable), /\n\t\/\/ eslint-disable-next-line keepalive\/require-server-idle-above-balancer\n\tserver := &http\.Server\{/);
    assert.deepEqual(await session.currentDiagnostics(uri), []);
  });

  it('keystroke edits re-parse incrementally to the same findings as the text opened afresh', async () => {
    const uri = await open('src/Edited.java', 'java', HTTPCLIENT_WITHOUT_STRATEGY_JAVA);
    await onlyFinding(uri, 'keepalive/require-idle-timeout');
    // Type a second client below the first, one edit at a time, as the editor sends them.
    const typed = ['\n  static CloseableHttpClient other() {', '\n    return HttpClients.custom()', '.build();', '\n  }'];
    let offset = HTTPCLIENT_WITHOUT_STRATEGY_JAVA.lastIndexOf('}');
    for (const piece of typed) {
      const document = TextDocument.create(uri, 'java', 0, texts.get(uri)!);
      const at = document.positionAt(offset);
      texts.set(uri, texts.get(uri)!.slice(0, offset) + piece + texts.get(uri)!.slice(offset));
      await session.edit(uri, [{ range: { start: at, end: at }, text: piece }]);
      offset += piece.length;
    }
    const edited = await session.currentDiagnostics(uri);
    const fresh = await open('src/Fresh.java', 'java', texts.get(uri)!);
    assert.equal(edited.length, 2);
    assert.deepEqual(edited.map(({ range, message }) => ({ range, message })), (await session.currentDiagnostics(fresh)).map(({ range, message }) => ({ range, message })));
  });

  it('lints an unsaved Java document, and a file shown as Go whatever its name', async () => {
    const untitled = await open('', 'java', HTTPCLIENT_WITHOUT_STRATEGY_JAVA, 'untitled:Untitled-1');
    await onlyFinding(untitled, 'keepalive/require-idle-timeout');
    const renamed = await open('notes/server.txt', 'go', SERVER_WITHOUT_IDLE_TIMEOUT_GO);
    await onlyFinding(renamed, 'keepalive/require-server-idle-above-balancer');
  });
});

describe('language server: Java and Go beside the ESLint extension', () => {
  /** The project lints JavaScript and Java with the plugin (not Go), and names its servers for Java files only. */
  const CONFIG = `import keepalive from 'eslint-plugin-keepalive';

export default [
  keepalive.configs.recommended,
  keepalive.configs['recommended-java'],
  { files: ['**/*.java'], settings: { keepalive: { servers: ['undertow'] } } },
];
`;
  let project: Workspace;
  let session: LspSession;

  before(async () => {
    project = projectWith({ 'eslint.config.mjs': CONFIG, 'package.json': '{ "private": true, "type": "module" }' }, ['eslint-plugin-keepalive']);
    // The ESLint extension's own rule, with `"eslint.validate": ["javascript", "java"]`.
    const view = { installed: true, active: true, trusted: true, settings: { enable: true, validate: ['javascript', 'java'], probe: [], ignoreUntitled: false } };
    session = await LspSession.start({ workspace: project.path, trusted: true, eslint: ({ languageId }) => eslintCoverage(view, { languageId, untitled: false }) });
  });
  after(async () => {
    await session?.stop();
    project?.remove();
  });

  function reportedBy(uri: string): Promise<Protocol.ReportingParams> {
    return session.until(() => session.reporting.get(uri)?.at(-1));
  }

  it('Java: ESLint lints it with the project’s Java rules, so the findings are left to it; hints follow the project’s servers', async () => {
    const uri = project.uri('src/PaymentsClient.java');
    await session.open(uri, 'java', HTTPCLIENT_WITHOUT_STRATEGY_JAVA);
    const status = await reportedBy(uri);
    assert.equal(status.reporter, 'eslint');
    assert.deepEqual(await session.currentDiagnostics(uri), []);
    const range = { start: { line: 0, character: 0 }, end: { line: 14, character: 0 } };
    const hints = (await session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
    assert.deepEqual(hints.map((hint) => hint.label), ['idle: never closed ✗ undertow 60 s']);
  });

  it('Go: ESLint does not lint it (eslint.validate does not list go), so the findings are published here', async () => {
    const uri = project.uri('cmd/api/main.go');
    await session.open(uri, 'go', SERVER_WITHOUT_IDLE_TIMEOUT_GO);
    const status = await reportedBy(uri);
    assert.deepEqual([status.reporter, status.why], ['keepalive', 'Keep-Alive reports the findings: `eslint.validate` does not list go.']);
  });
});
