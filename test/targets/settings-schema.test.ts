import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keepaliveSettingsSchema, readTargets, SETTING_KEYS } from 'eslint-plugin-keepalive/settings';

/** The one schema of `settings.keepalive`, against the editor's declared settings, the CLI's flags and the reader. */
const repoRoot = join(__dirname, '..', '..', '..');
const extensionSettings = (JSON.parse(readFileSync(join(repoRoot, 'extension', 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, Record<string, unknown>> } };
}).contributes.configuration.properties;

/** A VS Code setting without what only the settings editor reads. */
function valueSchema(setting: Record<string, unknown>): Record<string, unknown> {
  const { default: _default, scope: _scope, markdownDescription: _markdown, description: _description, ...schema } = setting;
  return schema;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

describe('the settings schema', () => {
  it('is what the VS Code extension declares for each keepalive.* server list', () => {
    for (const key of ['servers', 'frontedBy'] as const) {
      assert.deepEqual(valueSchema(extensionSettings[`keepalive.${key}`]!), keepaliveSettingsSchema.properties[key], key);
    }
  });

  it('types the extension’s scalar settings as the schema does (null standing for unset)', () => {
    assert.deepEqual(extensionSettings['keepalive.marginMs']!['type'], [keepaliveSettingsSchema.properties.marginMs.type, 'null']);
    assert.equal(extensionSettings['keepalive.marginMs']!['minimum'], keepaliveSettingsSchema.properties.marginMs.minimum);
    for (const key of ['node', 'java', 'go'] as const) {
      assert.deepEqual(extensionSettings[`keepalive.${key}`]!['type'], [keepaliveSettingsSchema.properties[key].type, 'null'], key);
    }
  });

  it('has a VS Code setting and a CLI flag for every key', () => {
    const help = readFileSync(join(repoRoot, 'eslint-plugin', 'dist', 'cli', 'help.js'), 'utf8');
    for (const key of SETTING_KEYS) {
      assert.ok(extensionSettings[`keepalive.${key}`], `keepalive.${key} is not a VS Code setting`);
      assert.match(help, new RegExp(`--${kebab(key)}\\b`), `no --${kebab(key)} flag`);
    }
  });

  it('is read by the rules with the same keys and the same leniency', () => {
    const all = { servers: ['nginx'], frontedBy: ['aws-alb'], marginMs: 500, node: '20', java: '17', go: '1.21' };
    assert.deepEqual(Object.keys(all).sort(), [...SETTING_KEYS].sort());
    assert.deepEqual(readTargets(all, null).problems, []);
    // A single id where a list is expected is accepted for both lists, as the schema's `anyOf` says.
    const single = readTargets({ servers: 'nginx', frontedBy: 'aws-alb' }, null);
    assert.deepEqual([single.problems, single.servers.map((t) => t.id), single.frontedBy.map((t) => t.id)], [[], ['nginx'], ['aws-alb']]);
    assert.match(readTargets({ extra: 1 }, null).problems[0] ?? '', /settings\.keepalive\.extra is not a known setting \(known: servers, frontedBy, marginMs, node, java, go\)/);
  });
});
