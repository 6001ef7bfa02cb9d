import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ESLint, type Rule } from 'eslint';
import { UsageError } from './args';
import { LINTED_EXTENSIONS } from './source-kinds';

/** The package behind `--format sarif`: the SARIF 2.1.0 formatter GitHub's ESLint code-scanning workflow uses. */
export const SARIF_FORMATTER = '@microsoft/eslint-formatter-sarif';
const TOOL_URI = 'https://github.com/keepalive-lint/keepalive-lint';

/** Formats whose output is JSON: file paths stay as they are there (JSON escapes them, and readers need them). */
export const JSON_FORMATS: ReadonlySet<string> = new Set(['json', 'json-with-metadata', 'sarif']);

export type Format = (results: ESLint.LintResult[], meta: { maxWarningsExceeded?: { maxWarnings: number; foundWarnings: number } }) => Promise<string>;

interface PluginForFormatting {
  readonly meta: { readonly name: string; readonly version: string };
  readonly rules: Readonly<Record<string, unknown>>;
}

/**
 * A formatter by name, as ESLint's own `--format` finds it (built-in names, `eslint-formatter-<name>` packages,
 * paths), plus `sarif`. Loaded before any file is linted, so a wrong name costs nothing.
 */
export async function loadFormat(name: string, plugin: PluginForFormatting, base: string, resolveFrom: readonly string[]): Promise<Format> {
  if (name === 'sarif') return sarifFormat(plugin, resolveFrom);
  // An ESLint instance that knows the plugin's rules, for the formatters that read their meta (docs URLs).
  const eslint = new ESLint({
    cwd: base,
    overrideConfigFile: true,
    overrideConfig: [{ ignores: ['!**/node_modules/'] }, { files: [`**/*.{${LINTED_EXTENSIONS.join(',')}}`], plugins: { keepalive: plugin as ESLint.Plugin } }],
  });
  let formatter: ESLint.LoadedFormatter;
  try {
    formatter = await eslint.loadFormatter(name);
  } catch (error) {
    const message = (error as Error).message;
    const missing = /Cannot find (module|package)/.test(message);
    const reason = missing ? 'no such formatter' : `it could not be loaded: ${message.split('\n').pop()?.replace(/^Error: /, '')}`;
    throw new UsageError(
      `--format ${name}: ${reason}. Use stylish, json, json-with-metadata, html, sarif, an installed eslint-formatter-<name> package, or a path to a formatter module.`,
    );
  }
  return async (results, meta) => {
    // ESLint finds the rules' meta through the config of each result's folder, which it caches only once asked.
    const folders = new Set(results.filter((result) => result.messages.length + result.suppressedMessages.length > 0).map((result) => dirname(result.filePath)));
    for (const folder of folders) await eslint.calculateConfigForFile(join(folder, 'placeholder.js'));
    return formatter.format(results, meta as ESLint.ResultsMeta);
  };
}

function sarifFormat(plugin: PluginForFormatting, resolveFrom: readonly string[]): Format {
  const format = requireFrom(SARIF_FORMATTER, resolveFrom) as ((results: ESLint.LintResult[], data: { rulesMeta: Record<string, Rule.RuleMetaData> }) => string) | undefined;
  if (!format) {
    throw new UsageError(`--format sarif needs ${SARIF_FORMATTER}, which the keepalive-lint package brings; install it beside this one (npm install --save-dev ${SARIF_FORMATTER}).`);
  }
  const rulesMeta: Record<string, Rule.RuleMetaData> = {};
  for (const [name, rule] of Object.entries(plugin.rules)) rulesMeta[`keepalive/${name}`] = (rule as Rule.RuleModule).meta ?? {};
  return async (results) => {
    const log = JSON.parse(format(results, { rulesMeta })) as { runs: { tool: { driver: Record<string, unknown> } }[] };
    // The findings are keepalive-lint's: code scanning shows the tool's name, so it must not say plain "ESLint".
    for (const run of log.runs) {
      run.tool.driver = { ...run.tool.driver, name: 'keepalive-lint', version: plugin.meta.version, informationUri: TOOL_URI };
    }
    return JSON.stringify(log, null, 2);
  };
}

function requireFrom(name: string, folders: readonly string[]): unknown {
  for (const folder of [...folders, __dirname]) {
    try {
      return createRequire(join(folder, 'noop.js'))(name);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    }
  }
  return undefined;
}
