import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..', '..');
export const pluginDir = join(repoRoot, 'eslint-plugin');
export const eslintBin = join(repoRoot, 'node_modules', 'eslint', 'bin', 'eslint.js');
const buildCallRulePath = join(__dirname, 'build-call-rule.js');

export type ConfigKind = 'mjs' | 'cjs';

/**
 * The flat config a user writes for Java and Go (README), plus the test rule and a JavaScript rule, as
 * `eslint.config.mjs` or `eslint.config.cjs`. The first object has no `files`, so its `languageOptions` reach
 * the Java and Go files too. `startEarly` adds the line that starts loading the grammars with the config.
 */
export function configText(kind: ConfigKind, options: { startEarly?: boolean } = {}): string {
  const imports =
    kind === 'mjs'
      ? `import keepalive from ${JSON.stringify(join(pluginDir, 'dist', 'index.js'))};\nimport buildCall from ${JSON.stringify(buildCallRulePath)};\n`
      : `const keepalive = require(${JSON.stringify(pluginDir)});\nconst buildCall = require(${JSON.stringify(buildCallRulePath)});\n`;
  const startEarly = options.startEarly
    ? kind === 'mjs'
      ? 'await keepalive.languages.java.ready;\nawait keepalive.languages.go.ready;\n'
      : 'void keepalive.languages.java.ready;\nvoid keepalive.languages.go.ready;\n'
    : '';
  const configs = `[
  { languageOptions: { globals: { shared: 'readonly' } } },
  { plugins: { keepalive, test: { rules: { 'build-call': buildCall } } } },
  { files: ['**/*.java'], language: 'keepalive/java', rules: { 'test/build-call': 'error' } },
  { files: ['**/*.go'], language: 'keepalive/go', rules: { 'test/build-call': 'error' } },
  { files: ['**/*.js'], rules: { 'no-unused-vars': 'error' } },
]`;
  return `${imports}${startEarly}${kind === 'mjs' ? 'export default' : 'module.exports ='} ${configs};\n`;
}

/** A folder outside the repository (ESLint looks for the config from each file's folder up). */
export class TempProject {
  readonly dir = mkdtempSync(join(tmpdir(), 'keepalive-languages-'));

  constructor(files: Readonly<Record<string, string>>) {
    for (const [name, text] of Object.entries(files)) this.write(name, text);
  }

  path(name: string): string {
    return join(this.dir, name);
  }

  write(name: string, text: string): void {
    writeFileSync(this.path(name), text);
  }

  read(name: string): string {
    return readFileSync(this.path(name), 'utf8');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
