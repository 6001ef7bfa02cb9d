import { strict as assert } from 'node:assert';
import { lintDocument } from 'keepalive-lint-vscode/out/server/document-linter';
import { recommendedRules } from 'keepalive-lint-vscode/out/server/lint-config';

const lint = (text: string) =>
  lintDocument({ text, filename: '/w/a.js', jsx: false, settings: {}, rules: recommendedRules(), cwd: '/w' }).messages.map((m) => [m.line, m.column, m.endLine, m.endColumn]);

describe('document linter: lines as the editor counts them', () => {
  const agent = 'const agent = new http.Agent({ keepAlive: true });\n';

  it('does not count U+2028 / U+2029 in a string or comment as line breaks, as LSP does not', () => {
    // ESLint puts the finding on line 4 here; the editor shows the pool on line 3.
    assert.deepEqual(lint(`const http = require('http');\nconst note = 'a\u2028b'; // c\u2029d\n${agent}`), [[3, 15, 3, 50]]);
  });

  it('keeps the columns of a finding on the same line after the character', () => {
    assert.deepEqual(lint(`const http = require('http');\nconst note = '\u2028'; const agent = new http.Agent({ keepAlive: true });\n`), [[2, 33, 2, 68]]);
  });

  it('counts \\r\\n and a lone \\r as one line break each, as LSP does', () => {
    assert.deepEqual(lint(`const http = require('http');\r\n// \u2028\r${agent}`), [[3, 15, 3, 50]]);
  });
});
