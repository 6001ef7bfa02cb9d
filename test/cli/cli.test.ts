import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import keepalive from 'eslint-plugin-keepalive';
import { runCli } from './run-cli';

const UNPOOLED_AGENT = "const http = require('http');\nmodule.exports = new http.Agent({ keepAlive: true });\n";

interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string; severity: number }[];
}

describe('keepalive-lint CLI', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'keepalive-cli-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('reports findings in the bundled examples with exit code 1', () => {
    const run = runCli(['examples']);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /billing-client\.js[\s\S]*keepalive\/require-idle-timeout/);
  });

  it('shows every rule on the examples with the README command', () => {
    const run = runCli(['examples', '--strict', '--servers', 'node,aws-nlb', '--fronted-by', 'aws-alb', '--format', 'json']);
    const reported = new Set((JSON.parse(run.stdout) as JsonResult[]).flatMap((r) => r.messages.map((m) => m.ruleId)));
    // Settings from flags are checked before linting (a usage error, exit 2), so valid-settings has nothing to say here.
    const codeRules = Object.keys(keepalive.rules).filter((name) => name !== 'valid-settings');
    assert.deepEqual([...reported].sort(), codeRules.map((name) => `keepalive/${name}`).sort());
  });

  it('exits 0 on a folder with no findings', () => {
    writeFileSync(join(folder, 'client.js'), "const http = require('http');\nmodule.exports = new http.Agent({ keepAlive: true, timeout: 4000 });\n");
    const run = runCli([folder]);
    assert.equal(run.status, 0, run.stdout + run.stderr);
  });

  it('lints TypeScript with the TypeScript parser and skips node_modules and build folders', () => {
    writeFileSync(join(folder, 'client.ts'), "import http from 'node:http';\nexport const agent: http.Agent = new http.Agent({ keepAlive: true } satisfies http.AgentOptions);\n");
    for (const skipped of ['node_modules/lib', 'dist']) {
      mkdirSync(join(folder, skipped), { recursive: true });
      writeFileSync(join(folder, skipped, 'index.js'), UNPOOLED_AGENT);
    }
    const run = runCli([folder, '--format', 'json']);
    const results = JSON.parse(run.stdout) as JsonResult[];
    const reported = results.filter((r) => r.messages.length > 0).map((r) => r.filePath);
    assert.deepEqual(reported, [join(folder, 'client.ts')]);
    assert.equal(run.status, 1);
  });

  it('computes the suggested value from --servers', () => {
    writeFileSync(join(folder, 'client.js'), UNPOOLED_AGENT);
    const run = runCli([folder, '--servers', 'nginx', '--format', 'json']);
    const [result] = JSON.parse(run.stdout) as JsonResult[];
    assert.match(result!.messages[0]!.message, /nginx already closed after 75 s/);
  });

  it('prints the catalogue with sources', () => {
    const run = runCli(['--list-servers']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^nginx\s+proxy\s+75 s\s+\*\s+never\s+fin\s+nginx\/nginx:\S+/m);
    assert.match(run.stdout, /^node\s+server\s+65 s\s+>=26/m);
  });

  const usageErrors: [string, string[], RegExp][] = [
    ['an unknown server id, naming the closest known ids', ['--servers', 'ngnix'], /--servers\[0\]: unknown server id "ngnix"\. Did you mean 'nginx'/],
    ['an unknown format', ['--format', 'xml'], /--format xml: no such formatter\. Use stylish, json/],
    ['an unknown flag', ['--server', 'nginx'], /Unknown option '--server'/],
    ['a negative margin', ['--margin-ms=-3'], /--margin-ms must be a number of milliseconds ≥ 0/],
    ['a missing path', ['no/such/folder'], /No such file or folder: no\/such\/folder/],
  ];
  for (const [title, args, expected] of usageErrors) {
    it(`exits 2 with a clear message for ${title}`, () => {
      const run = runCli(args);
      assert.equal(run.status, 2);
      assert.match(run.stderr, expected);
      assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
    });
  }
});
