import { strict as assert } from 'node:assert';
import type { Linter } from 'eslint';
import { hintText, inspect, type TimeoutReport } from 'eslint-plugin-keepalive/inspect';
import type { MarkupContent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor } from 'keepalive-lint-vscode/out/server/code-actions';
import { hoverAt } from 'keepalive-lint-vscode/out/server/hover';
import { toDiagnostic } from 'keepalive-lint-vscode/out/server/diagnostics';
import { lintDocument } from 'keepalive-lint-vscode/out/server/document-linter';
import { recommendedRules } from 'keepalive-lint-vscode/out/server/lint-config';

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
  it("undici's keep-alive cap against a balancer on the way: a default names itself `cap`", () => {
    const cap = (options: string) => {
      const text = `const { Agent } = require('undici');\nnew Agent({ keepAliveTimeout: 4000${options} });\n`;
      const site = inspect(text, { filename: '/w/a.js', cwd: '/w', settings: { keepalive: { servers: ['aws-alb'] } } }).sites[0]!;
      return site.timeouts.find((timeout) => timeout.concept === 'keepAliveCapMs')!;
    };
    assert.equal(hintText(cap('')), 'cap: 10 min ✗ ≥ aws-alb 60 s');
    assert.equal(hintText(cap(', keepAliveMaxTimeout: 30_000')), '30 s · < aws-alb 60 s ✓');
    assert.equal(hintText(cap(', keepAliveMaxTimeout: 120_000')), '2 min ✗ ≥ aws-alb 60 s');
  });
  it('a pool without a connection lifetime behind a server that ends old connections', () => {
    const text = "const { Pool } = require('undici');\nnew Pool('http://billing', { keepAliveTimeout: 4000 });\n";
    const servers = [{ name: 'billing-lb', idleTimeoutMs: 60_000, kind: 'l4', maxConnectionAgeMs: 600_000 }];
    const site = inspect(text, { filename: '/w/a.js', cwd: '/w', settings: { keepalive: { servers } } }).sites[0]!;
    assert.equal(hintText(site.timeouts.find((timeout) => timeout.concept === 'maxLifetimeMs')!), 'lifetime: no limit ✗ billing-lb 10 min');
  });
});

describe('mapper: timeouts → hover', () => {
  const text = "const { Pool } = require('undici');\nnew Pool('http://api', { keepAliveTimeout: 70_000 });\n";
  const document = TextDocument.create('file:///w/a.js', 'javascript', 1, text);
  const inspection = inspect(text, { filename: '/w/a.js', cwd: '/w', settings: { keepalive: { servers: ['aws-alb'] } } });

  it('on a value: its own table only', () => {
    const hover = hoverAt(inspection, document, text.indexOf('70_000') + 1)!;
    const markdown = (hover.contents as MarkupContent).value;
    assert.match(markdown, /^\*\*undici\.Pool\*\* idle timeout: \*\*70 s\*\* — `keepAliveTimeout`\n\n\| server \| idle timeout \| this pool \| source \|/);
    assert.doesNotMatch(markdown, /keep-alive cap/);
    assert.equal(document.getText(hover.range!), '70_000');
  });

  it("on the constructor: the default keep-alive cap, with the middleboxes on the way", () => {
    const hover = hoverAt(inspection, document, text.indexOf('Pool(') + 1)!;
    const markdown = (hover.contents as MarkupContent).value;
    assert.equal(document.getText(hover.range!), 'Pool');
    const lines = markdown.split('\n');
    assert.equal(lines[0], '**undici.Pool** keep-alive cap: **10 min** — default (no `keepAliveMaxTimeout`)');
    assert.equal(lines[2], '| on the way | idle timeout | this pool | source |');
    assert.match(lines[4]!, /^\| \*\*AWS Application Load Balancer\*\* \(configured\) \| 60 s \| ✗ outlives the flow \| \[docs\.aws\.amazon\.com\]/);
    assert.ok(lines.some((line) => /^\| Azure Load Balancer \| 4 min \| ✗ outlives the flow \|/.test(line)), markdown);
    assert.ok(lines.includes('Set `keepAliveMaxTimeout: 59_000` (AWS Application Load Balancer drops idle flows after 60 s, minus 1 s margin).'), markdown);
    assert.match(lines.at(-1)!, /^\[keepalive\/require-keepalive-cap\]\(https:\/\/\S+require-keepalive-cap\.md\)$/);
  });

  it('on a constructor with two defaults: both tables, one after the other', () => {
    const both = "const { Agent } = require('undici');\nnew Agent();\n";
    const hover = hoverAt(inspect(both, { filename: '/w/a.js', cwd: '/w', settings: { keepalive: { servers: ['aws-alb'] } } }), TextDocument.create('file:///w/a.js', 'javascript', 1, both), both.indexOf('Agent()') + 1)!;
    const parts = (hover.contents as MarkupContent).value.split('\n\n---\n\n');
    assert.deepEqual(parts.map((part) => part.split('\n')[0]), ['**undici.Agent** idle timeout: **4 s** — default (no `keepAliveTimeout`)', '**undici.Agent** keep-alive cap: **10 min** — default (no `keepAliveMaxTimeout`)']);
  });

  it('a connection lifetime: compared with the age limit, in its own words', () => {
    const code = "const { Pool } = require('undici');\nnew Pool('http://billing', { keepAliveTimeout: 4000, clientTtl: 300_000 });\n";
    const servers = [{ name: 'billing-lb', idleTimeoutMs: 60_000, kind: 'l4', maxConnectionAgeMs: 600_000 }];
    const lifetime = inspect(code, { filename: '/w/a.js', cwd: '/w', settings: { keepalive: { servers } } }).sites[0]!.timeouts.find((timeout) => timeout.concept === 'maxLifetimeMs')!;
    assert.equal(hintText(lifetime), '5 min · < billing-lb 10 min ✓');
    const hover = hoverAt(inspect(code, { filename: '/w/a.js', cwd: '/w', settings: { keepalive: { servers } } }), TextDocument.create('file:///w/a.js', 'javascript', 1, code), code.indexOf('300_000') + 1)!;
    const lines = (hover.contents as MarkupContent).value.split('\n');
    assert.equal(lines[0], '**undici.Pool** connection lifetime: **5 min** — `clientTtl`');
    assert.equal(lines[2], '| server | connection age | this pool | source |');
    assert.match(lines[4]!, /^\| \*\*billing-lb\*\* \(configured\) \| 10 min \| ✓ ends first \|/);
  });

  it('outside every timeout: none', () => {
    assert.equal(hoverAt(inspection, document, 3), null);
  });
});
