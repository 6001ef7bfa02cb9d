'use strict';
// The rule sets the benchmark compares, read at run time so that every rule added to the plugin is measured.
const { dirname, join, parse } = require('node:path');
const { builtinRules } = require('eslint/use-at-your-own-risk');
const keepalive = require('eslint-plugin-keepalive');
const pluginN = require('eslint-plugin-n');
const { REPO_ROOT, configFor } = require('./corpus');

/** `eslint:recommended`: the core rules whose docs mark them recommended (what `@eslint/js` recommended lists). */
function recommendedRules() {
  const rules = {};
  for (const [name, rule] of builtinRules) if (rule.meta?.docs?.recommended) rules[name] = 'error';
  return rules;
}

/** Every keepalive rule, as `keepalive.configs.strict` lists it at run time. */
function keepaliveRules() {
  return { ...keepalive.configs.strict.rules };
}

const N_RULE = 'n/no-deprecated-api';

/** The configurations of the issue: (a) recommended, (b) (a) + every keepalive rule, (c) (a) + n/no-deprecated-api. */
function comparedSets() {
  const recommended = recommendedRules();
  return {
    // No rule at all: parsing, scopes and traversal only, the base of the wall-clock cross-check.
    none: { rules: {}, plugins: {} },
    recommended: { rules: recommended, plugins: {} },
    keepalive: { rules: { ...recommended, ...keepaliveRules() }, plugins: { keepalive } },
    n: { rules: { ...recommended, [N_RULE]: 'error' }, plugins: { n: pluginN } },
  };
}

/**
 * ESLint's Linter normalizes (and validates) a plain config array on every `verify` call. The benchmark lints
 * thousands of files per configuration, so each configuration is normalized once, as the ESLint class does.
 * The class that does it is internal; when it cannot be loaded, plain arrays are passed (slower, same result).
 */
let FlatConfigArray = null;
try {
  const eslintRoot = dirname(require.resolve('eslint/package.json', { paths: [REPO_ROOT] }));
  ({ FlatConfigArray } = require(join(eslintRoot, 'lib', 'config', 'flat-config-array.js')));
} catch {
  FlatConfigArray = null;
}

/** Based at the file system root, so that a prepared config matches files of any folder (the sweep takes any). */
function prepared(configArray) {
  if (!FlatConfigArray) return configArray;
  const normalized = new FlatConfigArray(configArray, { basePath: parse(REPO_ROOT).root });
  normalized.normalizeSync();
  return normalized;
}

/** One prepared config per (rule set, way of reading a file), made on first use. */
function configCache(sets) {
  const cache = new Map();
  return (setName, language) => {
    const key = `${setName}:${language}`;
    let config = cache.get(key);
    if (!config) {
      config = prepared(configFor(language, sets[setName]));
      cache.set(key, config);
    }
    return config;
  };
}

module.exports = { N_RULE, comparedSets, configCache, keepaliveRules, prepared, recommendedRules, keepalive };
