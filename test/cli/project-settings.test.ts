import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runInProcess } from './run-in-process';

const UNBOUNDED_AGENT = "const http = require('http');\nmodule.exports = new http.Agent({ keepAlive: true });\n";
const SERVER = "const http = require('http');\nconst server = http.createServer(() => {});\nserver.keepAliveTimeout = 30000;\nmodule.exports = server;\n";

interface JsonResult {
  filePath: string;
  messages: { ruleId: string; message: string }[];
}

describe('keepalive-lint settings: the project\'s eslint.config, --settings and flags', () => {
  let folder: string;
  function write(files: Record<string, string>): void {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
  }
  async function messages(args: string[]): Promise<Record<string, string[]>> {
    const run = await runInProcess([...args, '--format', 'json'], folder);
    assert.notEqual(run.status, 2, run.stderr);
    const byFile: Record<string, string[]> = {};
    for (const result of JSON.parse(run.stdout) as JsonResult[]) byFile[result.filePath.slice(folder.length + 1)] = result.messages.map((m) => m.message);
    return byFile;
  }
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'keepalive-settings-'));
    write({
      // Its rules and anything else but settings.keepalive do not matter to the CLI.
      'eslint.config.mjs': [
        'export default [',
        "  { rules: { 'no-console': 'error' } },",
        "  { settings: { keepalive: { servers: ['nginx'] } } },",
        "  { files: ['billing/**'], settings: { keepalive: { servers: [{ name: 'billing-api', idleTimeoutMs: 3000 }] } } },",
        '];',
        '',
      ].join('\n'),
      'src/client.js': UNBOUNDED_AGENT,
      'billing/client.js': UNBOUNDED_AGENT,
    });
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('uses settings.keepalive of the project\'s config, per files block', async () => {
    const run = await runInProcess([], folder);
    assert.match(run.stdout, /^Settings: settings\.keepalive from eslint\.config\.mjs\.$/m);
    const found = await messages([]);
    assert.match(found['src/client.js']?.[0] ?? '', /nginx already closed after 75 s/);
    assert.match(found['billing/client.js']?.[0] ?? '', /billing-api already closed after 3 s/);
  });

  it('lets --settings replace the project\'s keys, and flags replace both', async () => {
    write({ 'keepalive.json': JSON.stringify({ servers: [{ name: 'ledger', idleTimeoutMs: 4000 }], marginMs: 500 }) });
    const fromFile = await messages(['--settings', 'keepalive.json']);
    assert.match(fromFile['src/client.js']?.[0] ?? '', /ledger already closed after 4 s/);
    assert.match(fromFile['billing/client.js']?.[0] ?? '', /ledger already closed after 4 s/);
    const fromFlags = await messages(['--settings', 'keepalive.json', '--servers', 'aws-alb']);
    assert.match(fromFlags['src/client.js']?.[0] ?? '', /Application Load Balancer already closed after 60 s/);
  });

  it('reads no project config with --no-config', async () => {
    const found = await messages(['--no-config']);
    assert.match(found['billing/client.js']?.[0] ?? '', /Node\.js \(assumed\) already closed after 5 s/);
  });

  describe('a malformed --settings file is a usage error (exit 2) that names the mistake', () => {
    const cases: [string, string, RegExp][] = [
      ['not JSON', '{ servers: [nginx] }', /--settings bad\.json: not valid JSON/],
      ['not an object', '["nginx"]', /--settings bad\.json: must be an object/],
      ['an unknown server id', '{ "servers": ["ngnix"] }', /--settings bad\.json: servers\[0\]: unknown server id "ngnix"\. Did you mean 'nginx'/],
      ['a custom server without its idle timeout', '{ "servers": [{ "name": "billing-api" }] }', /--settings bad\.json: servers\[0\]/],
      ['an unknown key', '{ "server": ["nginx"] }', /--settings bad\.json: server is not a known setting/],
    ];
    for (const [title, text, expected] of cases) {
      it(title, async () => {
        write({ 'bad.json': text });
        const run = await runInProcess(['--settings', 'bad.json'], folder);
        assert.equal(run.status, 2, run.stdout);
        assert.match(run.stderr, expected);
        assert.equal(run.stdout, '');
      });
    }

    it('a file that does not exist', async () => {
      const run = await runInProcess(['--settings', 'missing.json'], folder);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'keepalive-lint: --settings missing.json: cannot read it (ENOENT).\n');
    });
  });

  describe('a project config that cannot be loaded', () => {
    it('is a configuration error (exit 2) when it holds keepalive settings', async () => {
      write({ 'eslint.config.mjs': "import missing from 'eslint-plugin-missing';\nexport default [missing, { settings: { keepalive: { servers: ['nginx'] } } }];\n" });
      const run = await runInProcess([], folder);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /eslint\.config\.mjs could not be loaded, so its settings\.keepalive cannot be used: .*eslint-plugin-missing/);
      assert.match(run.stderr, /pass --no-config/);
    });

    it('is noted in the summary and the scan goes on when it holds none', async () => {
      write({ 'eslint.config.mjs': "import missing from 'eslint-plugin-missing';\nexport default [missing];\n" });
      const run = await runInProcess([], folder);
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /^Not read: eslint\.config\.mjs could not be loaded \(.*eslint-plugin-missing.*\); it names no keepalive settings\.$/m);
    });
  });

  describe('servers in test files are not checked against frontedBy', () => {
    beforeEach(() => write({ 'eslint.config.mjs': "export default [{ settings: { keepalive: { frontedBy: ['aws-alb'] } } }];\n", 'src/server.js': SERVER, 'test/server.js': SERVER, 'src/server.spec.js': SERVER, 'e2e/server.js': SERVER }));

    it('by the conventional test globs', async () => {
      const found = await messages([]);
      assert.equal(found['src/server.js']?.length, 1);
      assert.deepEqual([found['test/server.js'], found['src/server.spec.js']], [[], []]);
      assert.equal(found['e2e/server.js']?.length, 1);
    });

    it('by --test-files, which replaces them', async () => {
      const found = await messages(['--test-files', 'e2e/**']);
      assert.deepEqual(found['e2e/server.js'], []);
      assert.equal(found['test/server.js']?.length, 1);
    });
  });
});
