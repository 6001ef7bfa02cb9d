import { strict as assert } from 'node:assert';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { LINTED_FILES, languageOptionsFor } from 'eslint-plugin-keepalive/inspect';

/** Parses as TypeScript either way; only a runnable file can build the pool. */
const POOL = `import http from 'node:http';
export declare const shared: http.Agent;
export const agent = new http.Agent({ keepAlive: true });
`;

function lint(filename: string, text: string, settings: Record<string, unknown> = {}): Linter.LintMessage[] {
  const config: Linter.Config[] = [{ files: [...LINTED_FILES], plugins: { keepalive }, languageOptions: languageOptionsFor(filename), settings, rules: keepalive.configs.strict.rules }];
  return new Linter({ cwd: '/' }).verify(text, config, { filename });
}

function ruleIds(filename: string, text: string, settings: Record<string, unknown> = {}): string[] {
  return lint(filename, text, settings).map((message) => message.ruleId ?? `fatal: ${message.message}`);
}

describe('files no rule can report on', () => {
  it('reports the pool in a TypeScript file and nothing in a declaration file of any form', () => {
    assert.ok(ruleIds('/w/agent.ts', POOL).includes('keepalive/require-idle-timeout'));
    for (const name of ['agent.d.ts', 'agent.d.mts', 'agent.d.cts', 'styles.d.css.ts']) {
      assert.deepEqual(ruleIds(`/w/${name}`, POOL), [], name);
    }
  });

  it('reports nothing in a type test (tsd, Vitest typecheck), which is compiled but never run', () => {
    for (const name of ['index.test-d.ts', 'agent.spec-d.mts', 'agent.test-d.tsx']) {
      assert.deepEqual(ruleIds(`/w/test/${name}`, POOL), [], name);
    }
    assert.ok(ruleIds('/w/test/agent.test.ts', POOL).includes('keepalive/require-idle-timeout'), 'a test that runs is still checked');
  });

  it('tells declaration files and type tests from the names that only resemble them', () => {
    const quiet = ['Agent.D.ts', '.d.ts', 'agent.test.d.ts', 'Agent.Test-D.mts', 'agent-spec-d.cts', 'x.d.json.mts', 'agent.d.ts.ts'];
    const runs = ['d.ts', 'agentd.ts', 'agent.d..ts', 'agent.d.a.b.ts', 'agent.d.css.tsx', 'agenttest-d.ts', 'agent.test-d2.ts', 'x.d/agent.ts', 'agent.mts', 'agent.d.tsx'];
    for (const name of quiet) assert.deepEqual(ruleIds(`/w/${name}`, POOL), [], name);
    for (const name of runs) assert.ok(ruleIds(`/w/${name}`, POOL).includes('keepalive/require-idle-timeout'), name);
    const javascript = "const http = require('http');\nnew http.Agent({ keepAlive: true });\n";
    for (const name of ['agent.d.js', 'agent.test-d.js', 'agent.d.ts.js', 'agent.d.mjs']) {
      assert.ok(ruleIds(`/w/${name}`, javascript).includes('keepalive/require-idle-timeout'), name);
    }
  });

  it('still reports malformed settings on a declaration file', () => {
    const messages = lint('/w/agent.d.ts', POOL, { keepalive: { servers: ['ngninx'] } });
    assert.equal(messages.filter((message) => message.message.startsWith('Invalid keep-alive settings: settings.keepalive.servers[0]: unknown server id "ngninx"')).length, 1);
  });

  it('gives each file its own verdict when texts alternate between files that can and cannot report', () => {
    const quiet = "const x = require('./local');\n";
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(ruleIds('/w/a.ts', quiet), []);
      assert.ok(ruleIds('/w/b.ts', POOL).length > 0);
      assert.deepEqual(ruleIds('/w/b.d.ts', POOL), []);
      assert.ok(ruleIds('/w/b.ts', POOL, { keepalive: { servers: ['nginx'] } }).length > 0);
    }
  });
});
