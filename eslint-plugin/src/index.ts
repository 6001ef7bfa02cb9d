import type { ESLint, Linter } from 'eslint';
import { languages } from './languages';
import { rules } from './rules';

// Read at run time (not imported) so tsc does not copy package.json into dist.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { name, version } = require('../package.json') as { name: string; version: string };

type RuleName = keyof typeof rules;
type FlatConfig = Linter.Config & { name: string };

/** An ESLint plugin by ESLint's own types (so `defineConfig` accepts it), with its rules' precise types. */
type KeepalivePlugin = ESLint.Plugin & {
  meta: { name: string; version: string };
  rules: typeof rules;
  configs: { recommended: FlatConfig; strict: FlatConfig };
  languages: typeof languages;
};

const plugin = { meta: { name, version }, rules, configs: {}, languages } as KeepalivePlugin;

function ruleLevels(filter: (rule: RuleName) => boolean): Linter.RulesRecord {
  const levels: Linter.RulesRecord = {};
  for (const rule of Object.keys(rules) as RuleName[]) {
    if (filter(rule)) levels[`keepalive/${rule}`] = 'error';
  }
  return levels;
}

plugin.configs = {
  recommended: {
    name: 'keepalive/recommended',
    plugins: { keepalive: plugin as unknown as ESLint.Plugin },
    rules: ruleLevels((rule) => rules[rule].meta.docs?.recommended === true),
  },
  strict: {
    name: 'keepalive/strict',
    plugins: { keepalive: plugin as unknown as ESLint.Plugin },
    rules: ruleLevels(() => true),
  },
};

export = plugin;
