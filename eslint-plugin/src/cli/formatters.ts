import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { UsageError } from './args';
import { sarifLog } from './sarif';
import { LINTED_EXTENSIONS } from './source-kinds';

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
export async function loadFormat(name: string, plugin: PluginForFormatting, base: string): Promise<Format> {
  if (name === 'sarif') return async (results) => sarifLog(results, plugin);
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
