import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import keepalive from 'eslint-plugin-keepalive';
import { modulesReadBy } from 'eslint-plugin-keepalive/inspect';

/** Lints a file of `folder` as ESLint would, with every keepalive rule: the rule ids found, in order. */
function findings(folder: string, name: string, text: string): string[] {
  const config = { ...keepalive.configs.strict, files: ['**/*.ts'], languageOptions: { parser: tsParser } } as Linter.Config;
  return new Linter({ cwd: folder }).verify(text, [config], join(folder, name)).map((message) => message.ruleId ?? message.message);
}

const MAIN = "import https from 'node:https';\nimport { agentOptions } from './config';\nexport const agent = new https.Agent(agentOptions);\n";

describe('modules read for a file', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'keepalive-modules-'));
    writeFileSync(join(folder, 'package.json'), '{ "private": true }');
    writeFileSync(join(folder, 'values.ts'), 'export const IDLE_MS = 3000;\n');
    writeFileSync(join(folder, 'config.ts'), "import { IDLE_MS } from './values';\nexport const agentOptions = { keepAlive: true, timeout: IDLE_MS, maxSockets: 4 };\n");
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('lists every file a lint read to resolve its sites, through the modules those read', () => {
    assert.deepEqual(findings(folder, 'main.ts', MAIN), []);
    assert.deepEqual(modulesReadBy(join(folder, 'main.ts')), [join(folder, 'config.ts'), join(folder, 'values.ts')]);
  });

  it('reads a module again once it changes, and nothing else after a lint that reads nothing', () => {
    assert.deepEqual(findings(folder, 'main.ts', MAIN), []);
    writeFileSync(join(folder, 'values.ts'), 'export const IDLE_MS = 30_000;\n');
    // The same second as the first write on a coarse clock: a later modification time, as a real edit has.
    const later = new Date(Date.now() + 5000);
    utimesSync(join(folder, 'values.ts'), later, later);
    assert.deepEqual(findings(folder, 'main.ts', MAIN), ['keepalive/require-idle-timeout-below-server']);
    assert.deepEqual(findings(folder, 'main.ts', "export const nothing = 'to read';\n"), []);
    assert.deepEqual(modulesReadBy(join(folder, 'main.ts')), []);
  });

  it('reads no module for a file whose options are all its own', () => {
    const own = "import https from 'node:https';\nimport { helper } from './config';\nexport const agent = new https.Agent({ keepAlive: true, timeout: 3000, maxSockets: 4 });\nhelper;\n";
    assert.deepEqual(findings(folder, 'own.ts', own), []);
    assert.deepEqual(modulesReadBy(join(folder, 'own.ts')), []);
  });
});
