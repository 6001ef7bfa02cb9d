import type { ESLint, Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { LINTED_FILES, languageOptionsFor } from 'eslint-plugin-keepalive/inspect';
import { pluginLanguageOf } from './plugin-languages';

/** A plugin as the Linter needs it: the real one, or (in tests) one with an extra rule. */
export interface LintPlugin {
  readonly rules: Readonly<Record<string, unknown>>;
  /** The plugin's own languages (Java, Go), which the config names as `keepalive/<id>`. */
  readonly languages?: object;
}

export const keepalivePlugin: LintPlugin = keepalive;

/** The rule levels used when the project's ESLint config names no keepalive rule: the recommended config. */
export function recommendedRules(): Record<string, unknown> {
  return { ...keepalive.configs.recommended.rules };
}

/** Splits rule entries into those the bundled plugin has and the ids it does not know (an older or newer plugin). */
export function knownRules(entries: Readonly<Record<string, unknown>>, plugin: LintPlugin = keepalivePlugin): { rules: Record<string, unknown>; unknown: string[] } {
  const rules: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const [id, entry] of Object.entries(entries)) {
    if (id.slice('keepalive/'.length) in plugin.rules) rules[id] = entry;
    else unknown.push(id);
  }
  return { rules, unknown };
}

/**
 * The whole flat config for one document: made here, so no workspace code runs while linting. Its language is
 * the file name's: ESLint's JavaScript (espree or the TypeScript parser), or the plugin's Java or Go.
 */
export function linterConfig(
  filename: string,
  options: { jsx: boolean; settings: Readonly<Record<string, unknown>>; rules: Readonly<Record<string, unknown>>; plugin: LintPlugin },
): Linter.Config[] {
  const pluginLanguage = pluginLanguageOf(filename);
  const language: Linter.Config = pluginLanguage
    ? { files: [`**/*.${pluginLanguage}`], language: `keepalive/${pluginLanguage}` }
    : { files: [...LINTED_FILES], languageOptions: languageOptionsFor(filename, { jsx: options.jsx }) };
  return [
    {
      ...language,
      plugins: { keepalive: options.plugin as ESLint.Plugin },
      // Directives for rules this Linter does not run (the project's other rules) must not become findings.
      linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      settings: { ...options.settings },
      rules: options.rules as Linter.RulesRecord,
    },
  ];
}

/** The documentation page of a rule, from the rule's own meta (`keepalive/<name>` → URL). */
export function ruleDocUrl(ruleId: string, plugin: LintPlugin = keepalivePlugin): string | undefined {
  const rule = plugin.rules[ruleId.slice('keepalive/'.length)] as { meta?: { docs?: { url?: unknown } } } | undefined;
  const url = ruleId.startsWith('keepalive/') ? rule?.meta?.docs?.url : undefined;
  return typeof url === 'string' ? url : undefined;
}
