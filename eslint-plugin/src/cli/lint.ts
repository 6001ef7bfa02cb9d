import { ESLint, type Linter } from 'eslint';
import globals from 'globals';
import * as tsParser from '@typescript-eslint/parser';
import { dirname, parse, resolve, sep } from 'node:path';
import type { CliOptions } from './args';

export const LINTED_EXTENSIONS = ['js', 'mjs', 'cjs', 'jsx', 'ts', 'mts', 'cts', 'tsx'];
const BUILD_FOLDERS = ['dist', 'build', 'out', 'coverage', '.next', '.nuxt', '.output', '.turbo', '.cache', 'vendor'];

/** The whole configuration, made here: the CLI reads no config file, so it works in any folder. */
export function cliConfig(plugin: { configs: { recommended: Linter.Config; strict: Linter.Config } }, options: CliOptions): Linter.Config[] {
  const preset = options.strict ? plugin.configs.strict : plugin.configs.recommended;
  const keepalive: Record<string, unknown> = {};
  if (options.servers) keepalive['servers'] = options.servers;
  if (options.frontedBy) keepalive['frontedBy'] = options.frontedBy;
  if (options.marginMs !== undefined) keepalive['marginMs'] = options.marginMs;
  if (options.node !== undefined) keepalive['node'] = options.node;
  return [
    { ignores: [...BUILD_FOLDERS.map((folder) => `**/${folder}/`), '**/*.min.js'] },
    {
      ...preset,
      files: [`**/*.{${LINTED_EXTENSIONS.join(',')}}`],
      languageOptions: { ecmaVersion: 'latest', globals: { ...globals.node } },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      settings: { keepalive },
    },
    { files: ['**/*.{jsx,tsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    { files: ['**/*.{ts,mts,cts,tsx}'], languageOptions: { parser: tsParser as Linter.Parser } },
  ];
}

export async function lintPaths(config: Linter.Config[], options: CliOptions, cwd: string): Promise<{ output: string; findings: number }> {
  const paths = options.paths.map((path) => resolve(cwd, path));
  // ESLint ignores files outside its base folder, so the base is a folder that contains every path.
  const base = commonAncestor([cwd, ...paths]);
  const eslint = new ESLint({ cwd: base, overrideConfigFile: true, overrideConfig: config, errorOnUnmatchedPattern: false });
  const results = await eslint.lintFiles(paths);
  // A file this scan cannot parse is worth a warning, not a failed run: the scan is about keep-alive findings.
  for (const result of results) {
    for (const message of result.messages) {
      if (message.fatal) {
        delete (message as { fatal?: boolean }).fatal;
        message.severity = 1;
      }
    }
    result.errorCount = result.messages.filter((m) => m.severity === 2).length;
    result.warningCount = result.messages.length - result.errorCount;
    result.fatalErrorCount = 0;
  }
  const formatter = await eslint.loadFormatter(options.format);
  const output = await formatter.format(results);
  const findings = results.reduce((sum, result) => sum + result.errorCount, 0);
  return { output, findings };
}

function commonAncestor(paths: readonly string[]): string {
  let ancestor = paths[0]!;
  for (const path of paths) {
    while (path !== ancestor && !path.startsWith(ancestor.endsWith(sep) ? ancestor : ancestor + sep)) {
      if (ancestor === parse(ancestor).root) return ancestor;
      ancestor = dirname(ancestor);
    }
  }
  return ancestor;
}
