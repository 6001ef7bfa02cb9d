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
  meta: { name: string; version: string; namespace: string };
  rules: typeof rules;
  configs: {
    recommended: FlatConfig;
    strict: FlatConfig;
    /** `recommended` for .ts .tsx .mts .cts files, parsed with @typescript-eslint/parser (an optional peer). */
    'recommended-typescript': FlatConfig;
    /** `strict` for .ts .tsx .mts .cts files, parsed with @typescript-eslint/parser (an optional peer). */
    'strict-typescript': FlatConfig;
    /** `recommended` for .java files, in the `keepalive/java` language (reading it starts loading the grammar). */
    'recommended-java': FlatConfig;
    'strict-java': FlatConfig;
    /** `recommended` for .go files, in the `keepalive/go` language (reading it starts loading the grammar). */
    'recommended-go': FlatConfig;
    'strict-go': FlatConfig;
  };
  languages: typeof languages;
};

// `namespace`: the plugin's own languages stay `keepalive/java` in rules' `meta.languages` whatever name a config gives it.
const plugin = { meta: { name, version, namespace: 'keepalive' }, rules, configs: {}, languages } as KeepalivePlugin;

function ruleLevels(filter: (rule: RuleName) => boolean): Linter.RulesRecord {
  const levels: Linter.RulesRecord = {};
  for (const rule of Object.keys(rules) as RuleName[]) {
    if (filter(rule)) levels[`keepalive/${rule}`] = 'error';
  }
  return levels;
}

const TYPESCRIPT_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];

/**
 * The TypeScript parser is an optional peer (a JavaScript project installs no TypeScript), so it is loaded when a
 * TypeScript config is first read, with an install hint when it is missing.
 */
function typescriptParser(config: string): Linter.Parser {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@typescript-eslint/parser') as Linter.Parser;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(`eslint-plugin-keepalive: configs['${config}'] needs @typescript-eslint/parser; install it: npm install --save-dev @typescript-eslint/parser`, { cause: error });
  }
}

/** A TypeScript variant of a preset, made on first read and the same object after. */
function typescriptVariant(base: () => FlatConfig, name: 'recommended-typescript' | 'strict-typescript'): PropertyDescriptor {
  let config: FlatConfig | undefined;
  return {
    enumerable: true,
    get: () => (config ??= { ...base(), name: `keepalive/${name}`, files: TYPESCRIPT_FILES, languageOptions: { parser: typescriptParser(name) } }),
  };
}

const presets: Pick<KeepalivePlugin['configs'], 'recommended' | 'strict'> = {
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
/**
 * A preset for the files of one of the plugin's own languages, made on first read. Reading it starts loading that
 * grammar, so even `ESLint#lintText` (which parses right after computing the config) finds it ready.
 */
function languageVariant(base: () => FlatConfig, language: 'java' | 'go', preset: 'recommended' | 'strict'): PropertyDescriptor {
  let config: FlatConfig | undefined;
  return {
    enumerable: true,
    get: () => {
      if (!config) {
        void languages[language].ready;
        config = { ...base(), name: `keepalive/${preset}-${language}`, files: [`**/*.${language}`], language: `keepalive/${language}` };
      }
      return config;
    },
  };
}

plugin.configs = Object.defineProperties(presets, {
  'recommended-typescript': typescriptVariant(() => presets.recommended, 'recommended-typescript'),
  'strict-typescript': typescriptVariant(() => presets.strict, 'strict-typescript'),
  'recommended-java': languageVariant(() => presets.recommended, 'java', 'recommended'),
  'strict-java': languageVariant(() => presets.strict, 'java', 'strict'),
  'recommended-go': languageVariant(() => presets.recommended, 'go', 'recommended'),
  'strict-go': languageVariant(() => presets.strict, 'go', 'strict'),
}) as unknown as KeepalivePlugin['configs'];

export = plugin;
