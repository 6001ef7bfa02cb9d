import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInProcess } from './run-in-process';

const UNBOUNDED_AGENT = "const http = require('http');\nmodule.exports = new http.Agent({ keepAlive: true });\n";

describe('keepalive-lint in CI: output, exit codes and which files', () => {
  let folder: string;
  function write(files: Record<string, string>): void {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
  }
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'keepalive-ci-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  describe('a finding an inline comment turns into a warning', () => {
    beforeEach(() => write({ 'client.js': `/* eslint keepalive/require-idle-timeout: warn */\n${UNBOUNDED_AGENT}` }));

    it('passes: warnings alone do not fail the run', async () => {
      const run = await runInProcess([], folder);
      assert.equal(run.status, 0, run.stdout);
      assert.match(run.stdout, /Scanned 1 file: 1 keep-alive finding \(0 errors, 1 warning\) in 1 file\./);
    });

    it('fails past --max-warnings, and says so', async () => {
      const run = await runInProcess(['--max-warnings', '0'], folder);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^Too many warnings: 1 \(--max-warnings 0\)\.$/m);
    });

    it('leaves it out with --quiet', async () => {
      const run = await runInProcess(['--quiet', '--format', 'json'], folder);
      assert.equal(run.status, 0);
      assert.deepEqual((JSON.parse(run.stdout) as { messages: unknown[] }[])[0]?.messages, []);
    });
  });

  it('skips what --ignore-pattern names, relative to the working folder, and lists it', async () => {
    write({ 'src/client.js': UNBOUNDED_AGENT, 'legacy/old.js': UNBOUNDED_AGENT, 'src/old.test.js': UNBOUNDED_AGENT });
    const run = await runInProcess(['--ignore-pattern', 'legacy/', '--ignore-pattern', '**/*.test.js'], folder);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^Scanned 1 file: 1 keep-alive finding/m);
    assert.match(run.stdout, /^Skipped by --ignore-pattern: legacy\/, src\/old\.test\.js\.$/m);
  });

  it('reads nested .gitignore files as git does: the deeper file decides, negations included', async () => {
    write({ '.gitignore': '*.gen.js\n', 'lib/.gitignore': '!keep.gen.js\n', 'lib/keep.gen.js': UNBOUNDED_AGENT, 'lib/drop.gen.js': UNBOUNDED_AGENT });
    mkdirSync(join(folder, '.git'));
    const run = await runInProcess(['--format', 'json'], folder);
    assert.deepEqual((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath), [join(folder, 'lib', 'keep.gen.js')]);
    assert.match(run.stderr, /^Skipped by \.gitignore: lib\/drop\.gen\.js \(--no-gitignore scans them\)\.$/m);
    const all = await runInProcess(['--no-gitignore', '--format', 'json'], folder);
    assert.equal((JSON.parse(all.stdout) as unknown[]).length, 2);
  });

  it('never skips a file git tracks, whatever .gitignore says (as git itself)', async () => {
    write({ '.gitignore': 'logs\n', 'src/logs/client.js': UNBOUNDED_AGENT, 'logs/today.js': UNBOUNDED_AGENT });
    const git = (args: string[]) => execFileSync('git', ['-c', 'user.name=trial', '-c', 'user.email=trial@example.invalid', ...args], { cwd: folder, stdio: 'ignore' });
    git(['init', '-q']);
    git(['add', '--force', 'src/logs/client.js']);
    const run = await runInProcess(['--format', 'json'], folder);
    assert.deepEqual((JSON.parse(run.stdout) as { filePath: string }[]).map((r) => r.filePath), [join(folder, 'src', 'logs', 'client.js')]);
    assert.match(run.stderr, /^Skipped by \.gitignore: logs\/ \(--no-gitignore scans them\)\.$/m);
  });

  describe('a path that matches no file to lint is a usage error (exit 2)', () => {
    it('a folder with no JavaScript or TypeScript', async () => {
      write({ 'docs/index.md': '# docs\n' });
      const run = await runInProcess(['docs'], folder);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'keepalive-lint: docs matches no file to lint (.js .cjs .mjs .jsx .ts .cts .mts .tsx .java .go).\n');
    });

    it('a folder whose files are all skipped, saying by what', async () => {
      write({ 'app/dist/bundle.js': UNBOUNDED_AGENT, 'app/node_modules/x/index.js': UNBOUNDED_AGENT });
      const run = await runInProcess(['app'], folder);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /app matches no file to lint: everything in it is skipped: app\/dist\/ \(skipped by default\), app\/node_modules\/ \(skipped by default\)/);
    });
  });

  it('never prints a control character from a file name or a parser message raw', async () => {
    write({ 'esc\u001b[2J.js': 'const a = \u001b;\n', 'rtl\u202egnp.js': UNBOUNDED_AGENT });
    const run = await runInProcess([], folder);
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stdout, /[\u001b\u202e]/);
    assert.match(run.stdout, /Could not parse esc\\x1b\[2J\.js \(1:11\): Parsing error: Unexpected character '\\x1b'/);
    assert.match(run.stdout, /rtl\\u202egnp\.js/);
  });

  describe('--format', () => {
    it('takes a formatter module by path, as ESLint does, with the rules\' meta', async () => {
      write({ 'client.js': UNBOUNDED_AGENT, 'count.cjs': "module.exports = (results, { rulesMeta }) => results.map((r) => r.messages.map((m) => `${m.ruleId} ${rulesMeta[m.ruleId].docs.url}`).join('\\n')).join('');\n" });
      const run = await runInProcess(['client.js', '--format', './count.cjs'], folder);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, 'keepalive/require-idle-timeout https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/require-idle-timeout.md\n');
    });

    it('writes the report to --output-file, creating its folder, and keeps the summary in sight on standard error', async () => {
      write({ 'client.js': UNBOUNDED_AGENT });
      const run = await runInProcess(['--output-file', 'reports/keepalive.txt'], folder);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, '');
      assert.match(readFileSync(join(folder, 'reports', 'keepalive.txt'), 'utf8'), /keepalive\/require-idle-timeout[\s\S]*Scanned 1 file: 1 keep-alive finding/);
      assert.match(run.stderr, /^Scanned 1 file: 1 keep-alive finding/);
    });
  });

  it('documents the exit codes and the default ignores in --help', async () => {
    const run = await runInProcess(['--help'], folder);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /node_modules dist build out coverage/);
    assert.match(run.stdout, /\*\.min\.js/);
    assert.match(run.stdout, /Exit codes: 0 no findings; 1 findings, files that could not be parsed, or more\nwarnings than --max-warnings; 2 usage or configuration error/);
  });
});
