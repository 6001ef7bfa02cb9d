import { strict as assert } from 'node:assert';
import { fileURLToPath } from 'node:url';
import { CodeActionRequest, InlayHintRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticKey, freshFindings } from './fresh-lint';
import { LspSession } from './lsp-session';
import { Workspace } from './workspace';

/** Pools and servers whose numbers have more code after them on the same line and below. */
const POOLS_JS = `const http = require('node:http');
const { Agent } = require('undici');
const fast = new http.Agent({ keepAlive: true, timeout: 4000, maxSockets: 10 }), never = new http.Agent({ keepAlive: true });
const dispatcher = new Agent({ keepAliveTimeout: 30000, keepAliveMaxTimeout: 600000 }); const other = new http.Agent({ keepAlive: true, timeout: 90000 });
const server = http.createServer(() => {}); server.keepAliveTimeout = 5000; server.headersTimeout = 6000;
module.exports = { fast, never, dispatcher, other, server };
`;

/** One digit typed, replaced or deleted in turn in each number of the document. */
const EDITS: ReadonlyArray<[from: string, to: string]> = [
  ['timeout: 4000', 'timeout: 40000'],
  ['keepAliveTimeout: 30000', 'keepAliveTimeout: 3000'],
  ['timeout: 90000', 'timeout: 9000'],
  ['timeout: 40000', 'timeout: 4000'],
  ['keepAliveTimeout = 5000', 'keepAliveTimeout = 65000'],
  ['maxSockets: 10', 'maxSockets: 1'],
  ['keepAliveMaxTimeout: 600000', 'keepAliveMaxTimeout: 60000'],
  ['timeout: 9000', 'timeout: 1000'],
];

describe('language server: number edits of a document equal a fresh lint of its text', () => {
  let workspace: Workspace;
  let session: LspSession;

  before(async () => {
    workspace = new Workspace({ 'package.json': '{ "private": true }' });
    session = await LspSession.start({ workspace: workspace.path, trusted: false });
  });
  after(async () => {
    await session?.stop();
    workspace?.remove();
  });

  async function quickFixes(uri: string, diagnostics: Diagnostic[]): Promise<unknown[]> {
    const actions = [];
    for (const diagnostic of diagnostics) {
      const result = await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } });
      // The version differs between the two documents; the edits themselves must not.
      actions.push(...((result ?? []) as CodeAction[]).map((action) => ({ title: action.title, edits: JSON.stringify(action.edit?.documentChanges?.map((change) => ('edits' in change ? change.edits : change))) })));
    }
    return actions;
  }

  it('gives the same diagnostics, quick fixes and hints after every edit as the same text opened afresh', async () => {
    const uri = workspace.uri('pools.js');
    let text = POOLS_JS;
    await session.open(uri, 'javascript', text);
    await session.currentDiagnostics(uri);
    for (const [index, [from, to]] of EDITS.entries()) {
      assert.ok(text.includes(from), from);
      text = text.replace(from, to);
      await session.change(uri, text);
      const edited = await session.currentDiagnostics(uri);
      const document = TextDocument.create(uri, 'javascript', 0, text);
      const expected = freshFindings(text, { filename: fileURLToPath(uri), jsx: false, keepalive: {} }, (offset) => document.positionAt(offset));
      assert.deepEqual(edited.map(diagnosticKey).sort(), expected, `after ${from} → ${to}`);

      const freshUri = workspace.uri(`fresh-${index}.js`);
      await session.open(freshUri, 'javascript', text);
      const fresh = await session.currentDiagnostics(freshUri);
      assert.deepEqual(await quickFixes(uri, edited), await quickFixes(freshUri, fresh), `quick fixes after ${from} → ${to}`);
      const range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
      const hints = async (target: string): Promise<unknown> => session.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri: target }, range });
      assert.deepEqual(await hints(uri), await hints(freshUri), `inlay hints after ${from} → ${to}`);
    }
  });
});
