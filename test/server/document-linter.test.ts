import { strict as assert } from 'node:assert';
import keepalive from 'eslint-plugin-keepalive';
import { lintDocument, MAX_LINTED_CHARS, type LintRequest } from 'keepalive-lint-vscode/out/server/document-linter';
import { recommendedRules } from 'keepalive-lint-vscode/out/server/lint-config';
import { AGENT_WITHOUT_TIMEOUT_JS } from './samples';

const request = (text: string, overrides: Partial<LintRequest> = {}): LintRequest => ({
  text,
  filename: '/w/a.js',
  jsx: false,
  settings: {},
  rules: recommendedRules(),
  cwd: '/w',
  ...overrides,
});

describe('document linter (the server lints one text)', () => {
  it('finds the keepalive problems and inspects the same parse', () => {
    const outcome = lintDocument(request(AGENT_WITHOUT_TIMEOUT_JS));
    assert.deepEqual(outcome.messages.map((m) => m.ruleId), ['keepalive/require-idle-timeout']);
    assert.equal(outcome.inspection?.sites.length, 1);
  });

  it('turns off a rule that throws for this text and keeps the other rules’ findings', () => {
    const explode = {
      meta: { type: 'problem', schema: [] },
      create: () => ({
        'Program:exit'() {
          throw new Error('boom');
        },
      }),
    };
    const plugin = { ...keepalive, rules: { ...keepalive.rules, explode } };
    const outcome = lintDocument(request(AGENT_WITHOUT_TIMEOUT_JS, { rules: { ...recommendedRules(), 'keepalive/explode': 'error' } }), plugin);
    assert.deepEqual(outcome.failedRules, [{ ruleId: 'keepalive/explode', error: 'boom' }]);
    assert.deepEqual(outcome.messages.map((m) => m.ruleId), ['keepalive/require-idle-timeout']);
  });

  it('does not parse a text that names no pool module (and so cannot fail on it)', () => {
    const outcome = lintDocument(request('const x = ('));
    assert.deepEqual([outcome.messages, outcome.inspection, outcome.parseError], [[], null, null]);
  });

  it('reports a parse error instead of findings', () => {
    const outcome = lintDocument(request("const http = require('http'); new http.Agent({"));
    assert.match(outcome.parseError ?? '', /^Parsing error: .+ \(line 1, column \d+\)$/);
    assert.deepEqual(outcome.messages, []);
  });

  it('skips a text over the size limit', () => {
    const outcome = lintDocument(request(`require('http');${' '.repeat(MAX_LINTED_CHARS)}`));
    assert.match(outcome.skipped ?? '', /^1\.0 MB is over the 1 MB limit/);
  });

  it('ignores findings of unknown rules named in inline comments', () => {
    const outcome = lintDocument(request(`/* eslint no-console: error */\n${AGENT_WITHOUT_TIMEOUT_JS}`));
    assert.deepEqual(outcome.messages.map((m) => m.ruleId), ['keepalive/require-idle-timeout']);
  });
});
