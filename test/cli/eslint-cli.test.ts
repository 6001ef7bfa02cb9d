import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './run-cli';

const eslintBin = join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');

interface Finding {
  file: string;
  ruleId: string | null;
  line: number;
  column: number;
}

/** The real `eslint` command over examples/ with the example project's own eslint.config.js. */
function eslintFindings(extraArgs: string[]): Finding[] {
  const run = spawnSync(process.execPath, [eslintBin, '--format', 'json', ...extraArgs, '.'], { cwd: join(repoRoot, 'examples'), encoding: 'utf8' });
  assert.equal(run.status, 1, run.stderr);
  const results = JSON.parse(run.stdout) as { filePath: string; messages: Omit<Finding, 'file'>[] }[];
  return results
    .flatMap((r) => r.messages.map((m) => ({ file: r.filePath, ruleId: m.ruleId, line: m.line, column: m.column })))
    .sort((a, b) => `${a.file}:${a.line}:${a.column}:${a.ruleId}`.localeCompare(`${b.file}:${b.line}:${b.column}:${b.ruleId}`));
}

describe('eslint CLI with keepalive.configs spread into eslint.config.js', () => {
  let cacheFolder: string;
  before(() => {
    cacheFolder = mkdtempSync(join(tmpdir(), 'keepalive-eslint-cache-'));
  });
  after(() => rmSync(cacheFolder, { recursive: true, force: true }));

  it('gets the same findings plain and with --cache --concurrency 2 (cold and warm cache)', function () {
    // Three whole eslint runs over examples/ (JS, Java and Go files, each run loading the grammars).
    this.timeout(90_000);
    const plain = eslintFindings([]);
    const cacheArgs = ['--cache', '--cache-location', join(cacheFolder, '.eslintcache'), '--concurrency', '2'];
    const cold = eslintFindings(cacheArgs);
    const warm = eslintFindings(cacheArgs);
    assert.ok(plain.some((f) => f.ruleId === 'keepalive/require-idle-timeout'));
    assert.deepEqual(cold, plain);
    assert.deepEqual(warm, plain);
  });
});
