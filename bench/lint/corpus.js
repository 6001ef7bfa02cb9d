'use strict';
// Finds and reads the JavaScript/TypeScript files of installed packages, and says how each one parses.
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');
const { Linter } = require('eslint');
const tsParser = require('@typescript-eslint/parser');
const globals = require('globals');

const REPO_ROOT = join(__dirname, '..', '..');
const NODE_MODULES = join(REPO_ROOT, 'node_modules');
const SOURCE_FILE = /\.(?:[cm]?js|[cm]?ts|jsx|tsx)$/;
/** Go files, read with the plugin's `keepalive/go` language. */
const GO_FILE = /\.go$/;

/**
 * Every source file under `root`, sorted. Symbolic links are not followed: in this repository they point at
 * the workspace's own packages (code written here), and skipping them also avoids cycles.
 */
function listSourceFiles(root, extensions = SOURCE_FILE) {
  const files = [];
  const walk = (directory) => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true });
    } catch {
      return; // an unreadable folder holds nothing to lint
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && extensions.test(entry.name)) files.push(path);
    }
  };
  walk(root);
  return files.sort();
}

/** `"type": "module"` of the nearest package.json, cached per folder. */
const moduleTypeByFolder = new Map();
function isModulePackage(folder) {
  if (moduleTypeByFolder.has(folder)) return moduleTypeByFolder.get(folder);
  let answer = false;
  const manifest = join(folder, 'package.json');
  let type;
  if (existsSync(manifest)) {
    try {
      type = JSON.parse(readFileSync(manifest, 'utf8')).type;
    } catch {
      type = undefined; // a broken manifest says nothing; look further up like Node does
    }
  }
  if (type !== undefined) answer = type === 'module';
  else if (dirname(folder) !== folder) answer = isModulePackage(dirname(folder));
  moduleTypeByFolder.set(folder, answer);
  return answer;
}

/**
 * How Node (or TypeScript) would read the file, best guess first, then the fallbacks tried when it does not
 * parse that way (a `.js` file in a folder without `"type"` that is really an ES module, browser bundles, JSX).
 */
function languageCandidates(file) {
  if (file.endsWith('.java')) return ['java'];
  if (file.endsWith('.go')) return ['go'];
  if (/\.[cm]?tsx?$/.test(file)) return file.endsWith('x') ? ['tsx'] : ['ts'];
  if (file.endsWith('.mjs')) return ['module'];
  if (file.endsWith('.cjs')) return ['commonjs'];
  const first = isModulePackage(dirname(file)) ? 'module' : 'commonjs';
  return [first, first === 'module' ? 'commonjs' : 'module', 'jsx', 'script'];
}

/** Language options for each way of reading a file, as an ESLint user of that code would set them. */
const LANGUAGE_OPTIONS = {
  commonjs: { ecmaVersion: 'latest', sourceType: 'commonjs', globals: globals.node },
  module: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.node },
  script: { ecmaVersion: 'latest', sourceType: 'script', globals: { ...globals.node, ...globals.browser } },
  jsx: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.node, parserOptions: { ecmaFeatures: { jsx: true } } },
  ts: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.node, parser: tsParser },
  tsx: { ecmaVersion: 'latest', sourceType: 'module', globals: globals.node, parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
};

/**
 * A flat config for one way of reading files. `node_modules` is ignored by default in flat config; this
 * corpus is exactly that folder, so it is unignored.
 */
function configFor(language, { plugins = {}, rules = {}, settings = {} } = {}) {
  // Java and Go are read by the plugin's own languages; the rules are the same.
  if (language === 'java' || language === 'go') return ownLanguageConfig(language, { plugins, rules, settings });
  return [
    { ignores: ['!**/node_modules/'] },
    {
      // Named extensions: a `**/*` pattern alone would not make ESLint lint a .ts file.
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      languageOptions: LANGUAGE_OPTIONS[language],
      // Inline `/* eslint rule: … */` comments in the corpus would switch rules on in some files: ignored.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      plugins,
      rules,
      settings,
    },
  ];
}

/** Java or Go files in the plugin's own language; the plugin is registered (as `keepalive`) to name it. */
function ownLanguageConfig(language, { plugins, rules, settings }) {
  const keepalive = plugins.keepalive ?? require('eslint-plugin-keepalive');
  return [
    { ignores: ['!**/node_modules/'] },
    {
      files: [`**/*.${language}`],
      language: `keepalive/${language}`,
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      plugins: { ...plugins, keepalive },
      rules,
      settings,
    },
  ];
}

/**
 * Reads each file once and finds the first way it parses. Files that parse no way are returned apart: they are
 * not the rules' concern (a template, a test fixture with deliberate syntax errors, a Flow file).
 */
function loadCorpus(files, { onProgress } = {}) {
  const linter = new Linter({ cwd: REPO_ROOT });
  const parsed = [];
  const unparseable = [];
  files.forEach((file, index) => {
    const text = readFileSync(file, 'utf8');
    let fatal = null;
    for (const language of languageCandidates(file)) {
      const messages = linter.verify(text, configFor(language), { filename: file });
      assertLinted(messages, file);
      fatal = messages.find((message) => message.fatal) ?? null;
      if (!fatal) {
        parsed.push({ file, text, language });
        break;
      }
    }
    if (fatal) unparseable.push({ file, message: fatal.message, line: fatal.line });
    if (onProgress && (index + 1) % 1000 === 0) onProgress(index + 1, files.length);
  });
  return { parsed, unparseable };
}

/** A config that matches no file lints nothing and says so in a warning: that is a mistake of the harness. */
function assertLinted(messages, file) {
  const unmatched = messages.find((message) => message.ruleId === null && /^No matching configuration/.test(message.message));
  if (unmatched) throw new Error(`${unmatched.message} (the benchmark's config does not cover ${file})`);
}

/** Files of the named top-level packages of the repository's own node_modules (scoped names as `@scope/name`). */
function packageFiles(packageNames, extensions) {
  const files = [];
  for (const name of packageNames) {
    const folder = join(NODE_MODULES, name);
    if (!existsSync(folder)) throw new Error(`The corpus package ${name} is not installed (run npm ci).`);
    files.push(...listSourceFiles(folder, extensions));
  }
  return files;
}

function shortPath(file) {
  return relative(REPO_ROOT, file);
}

module.exports = {
  REPO_ROOT,
  assertLinted,
  NODE_MODULES,
  SOURCE_FILE,
  GO_FILE,
  configFor,
  languageCandidates,
  listSourceFiles,
  loadCorpus,
  packageFiles,
  shortPath,
};
