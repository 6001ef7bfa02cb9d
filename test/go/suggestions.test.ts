// Every suggestion of every Go rule test, applied: the result parses, the rule no longer reports the same thing,
// and gofmt leaves the file as it is (when gofmt is installed: Debian's golang-go, or any Go toolchain).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { recordedGoCases, type RecordedGoCase } from './go-rule-tester';

function lint(linter: Linter, test: RecordedGoCase, code: string): Linter.LintMessage[] {
  const config = { files: ['**/*.go'], plugins: { keepalive }, language: 'keepalive/go', settings: test.settings ?? {}, rules: { [`keepalive/${test.rule}`]: 'error' } };
  return linter.verify(code, [config as Linter.Config], { filename: test.filename ?? join(process.cwd(), 'suggestion.go') });
}

function apply(code: string, fix: { range: [number, number]; text: string }): string {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

describe('Go suggestions, applied', () => {
  const outputs: { name: string; text: string }[] = [];
  before(() => keepalive.languages.go.ready);

  it('parse, and remove the finding they were offered for', () => {
    const linter = new Linter();
    let applied = 0;
    for (const test of recordedGoCases) {
      for (const message of lint(linter, test, test.code)) {
        assert.equal(message.fatal, undefined, `${test.rule}: ${message.message}`);
        for (const suggestion of message.suggestions ?? []) {
          const output = apply(test.code, suggestion.fix);
          const again = lint(linter, test, output);
          assert.ok(!again.some((each) => each.fatal), `${test.rule}: the suggestion "${suggestion.desc}" gives a file that does not parse:\n${output}`);
          const same = again.filter((each) => each.messageId === message.messageId && each.line === message.line);
          assert.deepEqual(same, [], `${test.rule}: "${suggestion.desc}" left the finding in place:\n${output}`);
          outputs.push({ name: `${test.rule}-${applied}.go`, text: output });
          applied++;
        }
      }
    }
    assert.ok(applied >= 30, `only ${applied} suggestions were applied`);
  });

  it('are formatted as gofmt formats them', function () {
    if (spawnSync('gofmt', ['-h']).error) this.skip();
    const folder = mkdtempSync(join(tmpdir(), 'keepalive-gofmt-'));
    try {
      for (const output of outputs) writeFileSync(join(folder, output.name), output.text);
      const run = spawnSync('gofmt', ['-l', folder], { encoding: 'utf8' });
      assert.equal(run.stderr, '', run.stderr);
      const changed = run.stdout.split('\n').filter(Boolean);
      const diffs = changed.map((file) => spawnSync('gofmt', ['-d', file], { encoding: 'utf8' }).stdout);
      assert.deepEqual(diffs, [], diffs.join('\n'));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
