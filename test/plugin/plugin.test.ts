import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { defineConfig } from 'eslint/config';
import keepalive from 'eslint-plugin-keepalive';

const pluginRoot = join(__dirname, '..', '..', '..', 'eslint-plugin');
const ruleNames = Object.keys(keepalive.rules);
const ruleFiles = readdirSync(join(pluginRoot, 'src', 'rules'))
  .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
  .map((file) => file.replace(/\.ts$/, ''));

describe('the plugin package', () => {
  it('names itself with the package name and version', () => {
    const manifest = JSON.parse(readFileSync(join(pluginRoot, 'package.json'), 'utf8')) as { name: string; version: string };
    assert.deepEqual(keepalive.meta, { name: 'eslint-plugin-keepalive', version: manifest.version, namespace: 'keepalive' });
  });

  it('loads through require() and through import as the same object shape', () => {
    const script = `import keepalive from 'eslint-plugin-keepalive'; const cjs = (await import('node:module')).createRequire(import.meta.url)('eslint-plugin-keepalive'); console.log(JSON.stringify([keepalive === cjs, Object.keys(keepalive.rules).length, keepalive.configs.recommended.name]));`;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: pluginRoot, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(output), [true, ruleNames.length, 'keepalive/recommended']);
  });

  it('exports exactly the rules that have a source file', () => {
    assert.deepEqual([...ruleNames].sort(), [...ruleFiles].sort());
  });

  for (const name of ruleNames) {
    describe(`rule ${name}`, () => {
      const rule = keepalive.rules[name as keyof typeof keepalive.rules];
      const meta = rule.meta!;

      it('has a doc page with examples and sources, linked from meta.docs.url', () => {
        const doc = join(pluginRoot, 'docs', 'rules', `${name}.md`);
        assert.ok(existsSync(doc), `missing ${doc}`);
        const text = readFileSync(doc, 'utf8');
        assert.match(text, /^## Examples$/m);
        assert.match(text, /^## Sources$/m);
        assert.equal(meta.docs?.url, `https://github.com/keepalive-lint/keepalive-lint/blob/main/eslint-plugin/docs/rules/${name}.md`);
      });

      it('offers suggestions rather than autofixes, and leaves settings problems to valid-settings', () => {
        assert.equal(meta.fixable, undefined);
        assert.equal(Object.keys(meta.messages ?? {}).includes('invalidSettings'), name === 'valid-settings');
      });

      it('is in strict, and in recommended exactly when its docs say so', () => {
        assert.equal(keepalive.configs.strict.rules?.[`keepalive/${name}`], 'error');
        const recommended = (meta.docs as { recommended?: boolean } | undefined)?.recommended === true;
        assert.equal(keepalive.configs.recommended.rules?.[`keepalive/${name}`], recommended ? 'error' : undefined);
      });
    });
  }

  it('has named flat configs whose plugin is the plugin itself', () => {
    const { recommended, strict } = keepalive.configs;
    assert.deepEqual([recommended.name, strict.name], ['keepalive/recommended', 'keepalive/strict']);
    assert.equal(recommended.plugins?.['keepalive'], keepalive);
    assert.equal(strict.plugins?.['keepalive'], keepalive);
  });

  it('has Java and Go presets: the same rules, for those files, in the plugin’s own languages', () => {
    for (const language of ['java', 'go'] as const) {
      for (const preset of ['recommended', 'strict'] as const) {
        const config = keepalive.configs[`${preset}-${language}`];
        assert.equal(config.name, `keepalive/${preset}-${language}`);
        assert.deepEqual(config.files, [`**/*.${language}`]);
        assert.equal(config.language, `keepalive/${language}`);
        assert.deepEqual(config.rules, keepalive.configs[preset].rules);
        assert.equal(config.plugins?.['keepalive'], keepalive);
      }
    }
  });

  it('lets every rule serve JavaScript, Java and Go, under its own namespace whatever a config calls it', () => {
    assert.equal(keepalive.meta.namespace, 'keepalive');
    for (const [name, rule] of Object.entries(keepalive.rules)) {
      assert.deepEqual((rule.meta as { languages?: string[] }).languages, ['js/js', 'keepalive/java', 'keepalive/go'], name);
    }
  });

  it('works through defineConfig with extends', async () => {
    const config = defineConfig({ files: ['**/*.js'], plugins: { keepalive }, extends: ['keepalive/recommended'] });
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
    const [result] = await eslint.lintText("import http from 'http'; new http.Agent({ keepAlive: true });", { filePath: 'client.js' });
    assert.deepEqual(result?.messages.map((m) => m.ruleId), ['keepalive/require-idle-timeout']);
  });
});
