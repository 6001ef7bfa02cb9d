import { strict as assert } from 'node:assert';
import type { Linter } from 'eslint';
import { inspect, type TimeoutReport } from 'eslint-plugin-keepalive/inspect';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor } from 'keepalive-lint/out/server/code-actions';
import { hintText } from 'keepalive-lint/out/server/comparison-text';
import { toDiagnostic } from 'keepalive-lint/out/server/diagnostics';
import { lintDocument } from 'keepalive-lint/out/server/document-linter';
import { recommendedRules } from 'keepalive-lint/out/server/lint-config';

const DOC = 'https://example.test/require-idle-timeout.md';
const docUrl = (ruleId: string) => (ruleId === 'keepalive/require-idle-timeout' ? DOC : undefined);

function message(overrides: Partial<Linter.LintMessage>): Linter.LintMessage {
  return { ruleId: 'keepalive/require-idle-timeout', severity: 2, message: 'no idle timeout', line: 2, column: 15, endLine: 2, endColumn: 50, ...overrides } as Linter.LintMessage;
}

describe('mapper: lint message → Diagnostic', () => {
  it('turns 1-based ESLint lines and columns into 0-based LSP positions, with rule id and doc link', () => {
    const diagnostic = toDiagnostic(message({}), 7, docUrl);
    assert.deepEqual(diagnostic, {
      range: { start: { line: 1, character: 14 }, end: { line: 1, character: 49 } },
      severity: 1,
      source: 'keepalive',
      code: 'keepalive/require-idle-timeout',
      codeDescription: { href: DOC },
      message: 'no idle timeout',
      data: { version: 7 },
    });
  });

  it('maps a warning level to a warning, and a message without an end to its start position', () => {
    const diagnostic = toDiagnostic(message({ severity: 1, endLine: undefined, endColumn: undefined }), 1, docUrl);
    assert.equal(diagnostic.severity, 2);
    assert.deepEqual(diagnostic.range, { start: { line: 1, character: 14 }, end: { line: 1, character: 14 } });
  });

  it('leaves out the doc link of a rule without documentation', () => {
    assert.equal('codeDescription' in toDiagnostic(message({ ruleId: 'keepalive/other' }), 1, docUrl), false);
  });
});

describe('mapper: suggestion → CodeAction', () => {
  const text = "const http = require('http');\r\n  const agent = new http.Agent({ keepAlive: true });\r\n";
  const document = TextDocument.create('file:///w/a.js', 'javascript', 3, text);
  const lint = lintDocument({ text, filename: '/w/a.js', jsx: false, settings: {}, rules: recommendedRules(), cwd: '/w' });
  const finding = lint.messages.find((m) => m.ruleId === 'keepalive/require-idle-timeout')!;
  const actions = codeActionsFor(toDiagnostic(finding, 3, docUrl), finding, document, DOC);

  it('makes one quick fix per suggestion, titled with the rule, never preferred, editing the linted version', () => {
    const [fix] = actions;
    assert.equal(fix!.title, 'Set `timeout: 4000` (5 s idle at Node.js (assumed) minus 1 s margin) (keepalive/require-idle-timeout)');
    assert.equal(fix!.kind, 'quickfix');
    assert.equal(fix!.isPreferred, false);
    const change = fix!.edit!.documentChanges![0] as { textDocument: { uri: string; version: number }; edits: never[] };
    assert.deepEqual(change.textDocument, { uri: 'file:///w/a.js', version: 3 });
    assert.match(TextDocument.applyEdits(document, change.edits), /new http\.Agent\(\{ keepAlive: true, timeout: 4000 \}\)/);
  });

  it('adds a disable comment above the line with its indentation and line ending', () => {
    const disable = actions.find((action) => action.title === 'Disable keepalive/require-idle-timeout for this line')!;
    const change = disable.edit!.documentChanges![0] as unknown as { edits: never[] };
    assert.equal(
      TextDocument.applyEdits(document, change.edits),
      "const http = require('http');\r\n  // eslint-disable-next-line keepalive/require-idle-timeout\r\n  const agent = new http.Agent({ keepAlive: true });\r\n",
    );
  });

  it('links the documentation through the server command', () => {
    const show = actions.at(-1)!;
    assert.deepEqual(show.command, { title: show.title, command: 'keepalive.showDocumentation', arguments: [DOC] });
  });
});

describe('mapper: comparison → inlay hint text', () => {
  function report(options: string, servers?: unknown[]): TimeoutReport {
    const text = `const http = require('http');\nnew http.Agent({ keepAlive: true${options} });\n`;
    const result = inspect(text, { filename: '/w/a.js', cwd: '/w', settings: { keepalive: { servers } } });
    return result.sites[0]!.timeouts[0]!;
  }

  it('a value below the tightest server: the server and a check', () => {
    assert.equal(hintText(report(', timeout: 4000')), '4 s · < node 5 s ✓');
  });
  it('a rounded value says so', () => {
    assert.equal(hintText(report(', timeout: 1234')), '≈ 1.2 s · < node 5 s ✓');
  });
  it('a value at or above the server', () => {
    assert.equal(hintText(report(', timeout: 30000', ['nginx'])), '30 s · < nginx 75 s ✓');
    assert.equal(hintText(report(', timeout: 30000')), '30 s ✗ ≥ node 5 s');
  });
  it('a value below the server but closer than the margin', () => {
    assert.equal(hintText(report(', timeout: 4500')), '4.5 s ✗ < node 5 s by less than the margin');
  });
  it('the default that never closes idle sockets', () => {
    assert.equal(hintText(report('')), 'idle: never closed ✗ node 5 s');
  });
  it('a server keep-alive timeout against the balancer in front', () => {
    const server = (assignment: string) => {
      const text = `const server = require('http').createServer();\n${assignment}\n`;
      return inspect(text, { filename: '/w/a.js', cwd: '/w', settings: { keepalive: { frontedBy: ['aws-alb'] } } }).sites[0]!.timeouts[0]!;
    };
    assert.equal(hintText(server('server.keepAliveTimeout = 65000;')), '65 s · > aws-alb 60 s ✓');
    assert.equal(hintText(server('server.keepAliveTimeout = 60500;')), '60.5 s ✗ > aws-alb 60 s by less than the margin');
    assert.equal(hintText(server('')), 'idle: 5 s ✗ ≤ aws-alb 60 s');
  });
  it('a server that never closes idle connections', () => {
    assert.equal(hintText(report(', timeout: 30000', ['haproxy'])), '30 s · haproxy never closes ✓');
  });
});
