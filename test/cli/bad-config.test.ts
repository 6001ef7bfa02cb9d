import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runCli } from './run-cli';

const eslintBin = join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');
const pluginFolder = join(repoRoot, 'eslint-plugin');
const UNBOUNDED_AGENT = "const http = require('http');\nmodule.exports = new http.Agent({ keepAlive: true });\n";

/** A stack frame from the plugin's own code: a config mistake must never surface as one. */
const OUR_STACK_FRAME = /^\s+at .*eslint-plugin[\\/](dist|src)[\\/]/m;

/** The real `eslint` command in a project whose eslint.config.js spreads the strict config, plus `extra`. */
function eslintWith(folder: string, extra: object): { status: number | null; stdout: string; stderr: string } {
  const config = `const keepalive = require(${JSON.stringify(pluginFolder)});\nmodule.exports = [keepalive.configs.strict, ${JSON.stringify(extra)}];\n`;
  writeFileSync(join(folder, 'eslint.config.js'), config);
  writeFileSync(join(folder, 'client.js'), UNBOUNDED_AGENT);
  writeFileSync(join(folder, 'plain.js'), 'module.exports = { answer: 42 };\n');
  const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', 'client.js', 'plain.js'], { cwd: folder, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('a mistaken configuration gives one clear message, never a crash from the plugin', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'keepalive-bad-config-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  describe('rule options in eslint.config.js: ESLint rejects them with its own message naming the rule', () => {
    const cases: [string, unknown[], RegExp][] = [
      ['a pool limit below 1', [{ maxSockets: 0 }], /Key "keepalive\/require-pool-limits":\s+Value 0 should be >= 1/],
      ['a pool limit that is not a number', [{ maxSockets: 'lots' }], /Key "keepalive\/require-pool-limits":\s+Value "lots" should be integer/],
      ['a misspelt option', [{ maxSocket: 10 }], /Key "keepalive\/require-pool-limits":[^]*should NOT have additional properties[^]*Unexpected property "maxSocket"/],
      ['options that are not an object', ['fifty'], /Key "keepalive\/require-pool-limits":\s+Value "fifty" should be object/],
    ];
    for (const [title, options, expected] of cases) {
      it(title, () => {
        const run = eslintWith(folder, { rules: { 'keepalive/require-pool-limits': ['error', ...options] } });
        assert.equal(run.status, 2, run.stdout);
        assert.match(run.stderr, expected);
        assert.doesNotMatch(run.stderr, OUR_STACK_FRAME);
      });
    }

    it('options given to a rule that takes none', () => {
      const run = eslintWith(folder, { rules: { 'keepalive/require-idle-timeout': ['error', { servers: ['nginx'] }] } });
      assert.equal(run.status, 2, run.stdout);
      assert.match(run.stderr, /Key "keepalive\/require-idle-timeout":\s+Value \[\{"servers":\["nginx"\]\}\] should NOT have more than 0 items/);
      assert.doesNotMatch(run.stderr, OUR_STACK_FRAME);
    });
  });

  it('malformed settings.keepalive in eslint.config.js: one message per mistake at the top of each file, and the valid rest still lints', () => {
    const run = eslintWith(folder, { settings: { keepalive: { servers: ['ngnix', 'nginx'], marginMs: -1, frontedBy: [42] } } });
    assert.equal(run.status, 1, run.stderr);
    const results = JSON.parse(run.stdout) as { filePath: string; messages: { message: string; line: number; ruleId: string }[] }[];
    // plain.js builds no pool: the settings are still checked there.
    assert.deepEqual(results.map((r) => r.filePath.slice(folder.length + 1)), ['client.js', 'plain.js']);
    for (const result of results) {
      const invalid = result.messages.filter((m) => m.message.startsWith('Invalid keep-alive settings'));
      assert.deepEqual(
        invalid.map((m) => [m.line, /servers\[0\]: unknown server id "ngnix"|marginMs must be a number|frontedBy\[0\] must be a server id/.test(m.message)]),
        [[1, true], [1, true], [1, true]],
      );
    }
    const idle = results[0]!.messages.find((m) => m.ruleId === 'keepalive/require-idle-timeout');
    assert.match(idle?.message ?? '', /nginx already closed after 75 s/);
    assert.equal(run.stderr, '');
  });

  describe('keepalive-lint flags not covered elsewhere', () => {
    const cases: [string, string[], RegExp][] = [
      ['an unknown --fronted-by id', ['--fronted-by', 'aws-alb2'], /--fronted-by\[0\]: unknown server id "aws-alb2"\. Did you mean/],
      ['a --node value that is no version', ['--node', 'latest'], /--node must be a Node\.js version or range/],
      ['an empty --servers list', ['--servers', ','], /--servers needs at least one server id/],
      ['a --margin-ms that is not a number', ['--margin-ms', 'soon'], /--margin-ms must be a number of milliseconds ≥ 0, got "soon"/],
    ];
    for (const [title, args, expected] of cases) {
      it(`exits 2 for ${title}`, () => {
        writeFileSync(join(folder, 'client.js'), UNBOUNDED_AGENT);
        const run = runCli([folder, ...args]);
        assert.equal(run.status, 2, run.stdout);
        assert.match(run.stderr, expected);
        assert.equal(run.stderr.trim().split('\n').length, 1, `one line: ${run.stderr}`);
        assert.doesNotMatch(run.stderr, /^\s+at /m);
      });
    }
  });
});
