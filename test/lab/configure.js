'use strict';
// Turns a scenario's snippet into the module a user would have: the snippet is linted with the built
// plugin, the first suggestion of each named rule is applied (as accepting the quick fix would), the
// result is re-linted to prove the finding is gone, and the fixed module is written to disk and required.
const fs = require('node:fs');
const path = require('node:path');
const { Linter } = require('eslint');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
/** The built plugin; KEEPALIVE_LAB_PLUGIN points the lab at another build (a packed or published one). */
const PLUGIN_PATH = process.env.KEEPALIVE_LAB_PLUGIN
  ? path.resolve(process.env.KEEPALIVE_LAB_PLUGIN)
  : path.join(REPO_ROOT, 'eslint-plugin', 'dist', 'index.js');
/** Inside the repository (and git-ignored), so the modules resolve undici, axios, ... from node_modules. */
const MODULES_DIR = path.join(REPO_ROOT, '.lab', 'modules');
const SNIPPET_NAME = 'lab-snippet.js';

class LabConfigurationError extends Error {}

function loadPlugin() {
  if (!fs.existsSync(PLUGIN_PATH)) {
    throw new LabConfigurationError(
      `The keepalive plugin is not built: ${PLUGIN_PATH} is missing. Run \`npm run build\` first.`,
    );
  }
  const plugin = require(PLUGIN_PATH);
  if (!plugin?.rules) throw new LabConfigurationError(`${PLUGIN_PATH} does not export a plugin with \`rules\``);
  return plugin;
}

function requireRule(plugin, ruleId) {
  const [prefix, name] = ruleId.split('/');
  if (prefix !== 'keepalive' || !plugin.rules[name]) {
    const known = Object.keys(plugin.rules).map((rule) => `keepalive/${rule}`).join(', ') || 'none';
    throw new LabConfigurationError(`Rule ${ruleId} is not in the built plugin (it has: ${known}).`);
  }
}

function lint(plugin, code, ruleIds, settings) {
  const config = [{
    files: ['**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'commonjs' },
    plugins: { keepalive: plugin },
    settings: { keepalive: settings },
    rules: Object.fromEntries(ruleIds.map((ruleId) => [ruleId, 'error'])),
  }];
  const messages = new Linter().verify(code, config, { filename: SNIPPET_NAME });
  const fatal = messages.find((message) => message.fatal || !message.ruleId);
  if (fatal) throw new LabConfigurationError(`the snippet does not parse: ${fatal.message}\n${code}`);
  return messages;
}

const describeSnippet = (code, settings) =>
  `\n--- snippet ---\n${code}--- settings.keepalive ---\n${JSON.stringify(settings)}`;

/** Lints `code` and asserts that every rule in `ruleIds` reports it. Returns the findings. */
function assertFlagged(plugin, code, ruleIds, settings) {
  ruleIds.forEach((ruleId) => requireRule(plugin, ruleId));
  const messages = lint(plugin, code, ruleIds, settings);
  for (const ruleId of ruleIds) {
    if (!messages.some((message) => message.ruleId === ruleId)) {
      throw new LabConfigurationError(`${ruleId} did not flag the snippet.${describeSnippet(code, settings)}`);
    }
  }
  return messages;
}

/** Applies the first suggestion of `ruleId`'s first finding, then proves the finding is gone. */
function applySuggestion(plugin, code, ruleId, settings) {
  const finding = lint(plugin, code, [ruleId], settings).find((message) => message.ruleId === ruleId);
  if (!finding) throw new LabConfigurationError(`${ruleId} did not flag the snippet.${describeSnippet(code, settings)}`);
  const fix = finding.suggestions?.[0]?.fix;
  if (!fix) {
    throw new LabConfigurationError(
      `${ruleId} reported "${finding.message}" (line ${finding.line}) but offered no suggestion.${describeSnippet(code, settings)}`,
    );
  }
  const fixed = code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
  const left = lint(plugin, fixed, [ruleId], settings).filter((message) => message.ruleId === ruleId);
  if (left.length > 0) {
    throw new LabConfigurationError(
      `${ruleId} still reports "${left[0].message}" after its suggestion was applied.${describeSnippet(fixed, settings)}`,
    );
  }
  return fixed;
}

function writeModule(name, code) {
  const file = path.join(MODULES_DIR, `${name}.js`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, code);
  return file;
}

/**
 * Produces the module for one configuration and returns `{ file, code }` (the module is required later,
 * in the process that drives it). `configuration`:
 * - `{ snippet, flaggedBy: [ruleIds] }`: the code as written; with a plugin, it must be flagged by the rules;
 * - `{ snippet, fix: [ruleIds] }`: the code after accepting each rule's first suggestion, in order;
 * - `{ snippet }`: used as is (a baseline no rule is about).
 * `plugin` is null when the lab runs without the plugin; then only unfixed configurations can be built.
 */
function buildModule(name, configuration, settings, plugin) {
  let code = configuration.snippet;
  if (configuration.fix) {
    if (!plugin) throw new LabConfigurationError(`${name} needs the plugin to apply ${configuration.fix.join(', ')}`);
    assertFlagged(plugin, code, configuration.fix, settings);
    for (const ruleId of configuration.fix) code = applySuggestion(plugin, code, ruleId, settings);
  } else if (configuration.flaggedBy && plugin) {
    assertFlagged(plugin, code, configuration.flaggedBy, settings);
  }
  return { file: writeModule(name, code), code };
}

module.exports = { buildModule, loadPlugin, LabConfigurationError, MODULES_DIR, PLUGIN_PATH };
