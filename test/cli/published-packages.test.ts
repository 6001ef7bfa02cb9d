import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './run-cli';

const UNBOUNDED_AGENT = "const http = require('http');\nmodule.exports = new http.Agent({ keepAlive: true });\n";
const UNBOUNDED_AGENT_TS = "import http from 'node:http';\nexport const agent: http.Agent = new http.Agent({ keepAlive: true } satisfies http.AgentOptions);\n";
const IDLE = 'keepalive/require-idle-timeout';

function run(command: string, args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
}

function npm(args: readonly string[], cwd: string): string {
  const result = run('npm', args, cwd);
  assert.equal(result.status, 0, `npm ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

interface Packed {
  /** The tarball's path. */
  readonly tarball: string;
  /** What it holds, as `npm pack --json` lists it. */
  readonly files: readonly string[];
}

/** `npm pack` of a workspace: the tarball a user installs, and its contents. */
function pack(workspace: string, destination: string): Packed {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', destination], join(repoRoot, workspace))) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(destination, packed!.filename), files: packed!.files.map((file) => file.path).sort() };
}

/** The code blocks of the README that start with `// <name>`, as a user copies them. */
function readmeBlock(readme: string, firstLine: string): string {
  const blocks = [...readFileSync(join(repoRoot, readme), 'utf8').matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
  const block = blocks.find((text) => text.startsWith(`${firstLine}\n`));
  assert.ok(block, `${readme} has a block starting with ${firstLine}`);
  return block;
}

/** `npx <command>` from the README, as a user would paste it. */
function readmeCommand(readme: string, pattern: RegExp): string[] {
  const line = readFileSync(join(repoRoot, readme), 'utf8').split('\n').find((text) => pattern.test(text));
  assert.ok(line, `${readme} has a command matching ${pattern}`);
  return line.replace(/#.*$/, '').trim().split(/\s+/);
}

function ruleIds(eslintJson: string): string[] {
  return (JSON.parse(eslintJson) as { messages: { ruleId: string | null }[] }[]).flatMap((result) => result.messages.map((message) => message.ruleId ?? 'null'));
}

describe('the published packages', () => {
  let root: string;
  let plugin: Packed;
  let cli: Packed;
  before(function () {
    this.timeout(60_000);
    root = mkdtempSync(join(tmpdir(), 'keepalive-packages-'));
    plugin = pack('eslint-plugin', root);
    cli = pack('cli', root);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  describe('hold what they need and no more (npm pack)', () => {
    it('eslint-plugin-keepalive: licence, README, the built code with types, the rule docs; no sources, tests or source maps', () => {
      const files = plugin.files;
      for (const expected of ['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/run.js', 'dist/inspect.js', 'dist/grammars/tree-sitter-java.wasm', 'dist/grammars/tree-sitter-go.wasm', 'dist/grammars/tree-sitter-hcl.wasm', 'dist/grammars/web-tree-sitter.wasm']) {
        assert.ok(files.includes(expected), expected);
      }
      const rules = readdirSync(join(repoRoot, 'eslint-plugin', 'docs', 'rules'));
      assert.ok(rules.length > 0);
      for (const doc of rules) assert.ok(files.includes(`docs/rules/${doc}`), doc);
      assert.deepEqual(files.filter((file) => /\.map$|^src\/|^test\/|\.test\.|tsconfig/.test(file)), []);
    });

    it('keepalive-lint: the command, its README and licence', () => {
      assert.deepEqual(cli.files, ['LICENSE', 'README.md', 'bin/keepalive-lint.js', 'package.json']);
    });

    it('the VS Code extension (vsce, which builds its package): the bundles, the Java, Go and HCL grammars, README and licence', () => {
      const listed = run(process.execPath, [join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'ls', '--no-dependencies'], join(repoRoot, 'extension'));
      assert.equal(listed.status, 0, listed.stderr);
      assert.deepEqual(listed.stdout.trim().split('\n').sort(), [
        'LICENSE',
        'README.md',
        'dist/client.js',
        'dist/grammars/tree-sitter-go.wasm',
        'dist/grammars/tree-sitter-hcl.wasm',
        'dist/grammars/tree-sitter-java.wasm',
        'dist/grammars/web-tree-sitter.wasm',
        'dist/server.js',
        'dist/typescript-parser.js',
        'package.json',
      ]);
    });

    it('the same licence in every package', () => {
      const licence = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');
      for (const workspace of ['eslint-plugin', 'cli', 'extension']) assert.equal(readFileSync(join(repoRoot, workspace, 'LICENSE'), 'utf8'), licence, workspace);
    });
  });

  // Installs from the tarballs and the npm registry, once per run: a fresh `npm init -y` project (CommonJS).
  describe('installed from their tarballs in a fresh project, used as the READMEs say', function () {
    this.timeout(240_000);
    let folder: string;
    const eslintVersion = (JSON.parse(readFileSync(join(repoRoot, 'node_modules', 'eslint', 'package.json'), 'utf8')) as { version: string }).version;
    const install = ['install', '--no-audit', '--no-fund', '--prefer-offline'];

    before(() => {
      folder = join(root, 'project');
      mkdirSync(join(folder, 'src'), { recursive: true });
      npm(['init', '-y'], folder);
      writeFileSync(join(folder, 'src', 'client.js'), UNBOUNDED_AGENT);
      writeFileSync(join(folder, 'src', 'client.ts'), UNBOUNDED_AGENT_TS);
    });

    it('a JavaScript project: eslint and the plugin install no TypeScript, and both README configs lint .js files', () => {
      npm([...install, '--save-dev', `eslint@${eslintVersion}`, plugin.tarball], folder);
      assert.equal(existsSync(join(folder, 'node_modules', 'typescript')), false, 'TypeScript installed');
      assert.equal(existsSync(join(folder, 'node_modules', '@typescript-eslint')), false, '@typescript-eslint installed');
      writeFileSync(join(folder, 'eslint.config.mjs'), readmeBlock('README.md', '// eslint.config.mjs'));
      writeFileSync(join(folder, 'eslint.config.cjs'), readmeBlock('README.md', '// eslint.config.cjs'));
      for (const config of ['eslint.config.mjs', 'eslint.config.cjs']) {
        const lint = run(process.execPath, ['node_modules/eslint/bin/eslint.js', '--config', config, '--format', 'json', 'src/client.js'], folder);
        assert.equal(lint.status, 1, `${config}\n${lint.stdout}\n${lint.stderr}`);
        assert.deepEqual(ruleIds(lint.stdout), [IDLE], config);
      }
    });

    it('a TypeScript project: with the parser installed, the README\'s TypeScript config lints .ts files', () => {
      npm([...install, '--save-dev', '@typescript-eslint/parser@8'], folder);
      writeFileSync(join(folder, 'eslint.config.mjs'), readmeBlock('README.md', '// eslint.config.mjs (TypeScript)'));
      const lint = run(process.execPath, ['node_modules/eslint/bin/eslint.js', '--format', 'json', 'src/client.js', 'src/client.ts'], folder);
      assert.equal(lint.status, 1, `${lint.stdout}\n${lint.stderr}`);
      assert.deepEqual(ruleIds(lint.stdout), [IDLE, IDLE]);
    });

    it('npx keepalive-lint: the README\'s command runs from the keepalive-lint package, TypeScript and SARIF included', () => {
      npm([...install, cli.tarball, plugin.tarball], folder);
      const [npx, ...args] = readmeCommand('README.md', /^npx keepalive-lint src /);
      assert.equal(npx, 'npx');
      const scan = run('npx', args, folder);
      assert.equal(scan.status, 1, scan.stderr);
      assert.match(scan.stdout, /src\/client\.js\n\s+2:18\s+error[^\n]+keepalive\/require-idle-timeout/);
      assert.match(scan.stdout, /src\/client\.ts\n\s+2:34\s+error[^\n]+keepalive\/require-idle-timeout/);
      assert.match(scan.stdout, /^Scanned 2 files: 2 keep-alive findings \(2 errors, 0 warnings\) in 2 files\.$/m);
      const sarif = run('npx', ['keepalive-lint', 'src', '--format', 'sarif'], folder);
      assert.equal(sarif.status, 1, sarif.stderr);
      assert.equal((JSON.parse(sarif.stdout) as { runs: { results: unknown[] }[] }).runs[0]?.results.length, 2);
    });
  });
});
