'use strict';
// The Java and Go counterpart of ../configure.js: a client or server source, written as a user would, is
// linted with the built plugin in its own language (`keepalive/java`, `keepalive/go`) under the preset a
// user enables (recommended-java / recommended-go) and `settings.keepalive` naming the lab's servers; the
// first suggestion of each named rule is applied by its text edit, the result is re-linted to prove the
// finding gone, and written under .lab/programs with the same file name (a Java class keeps its name).
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { Linter } = require('eslint');
const { LabConfigurationError, MODULES_DIR } = require('../configure');

const PROGRAMS_DIR = path.join(path.dirname(MODULES_DIR), 'programs');
const LANGUAGES = { '.java': 'java', '.go': 'go' };

function languageOf(file) {
  const language = LANGUAGES[path.extname(file)];
  if (!language) throw new LabConfigurationError(`${file}: a lab program is a .java or .go file`);
  return language;
}

function lint(plugin, code, file, settings) {
  const language = languageOf(file);
  const config = [plugin.configs[`recommended-${language}`], { settings: { keepalive: settings } }];
  const messages = new Linter().verify(code, config, { filename: path.basename(file) });
  const fatal = messages.find((message) => message.fatal || !message.ruleId);
  if (fatal) throw new LabConfigurationError(`${path.basename(file)} does not parse: ${fatal.message}`);
  return messages;
}

const describeSource = (file, settings) => ` (${path.relative(process.cwd(), file)}, settings.keepalive ${JSON.stringify(settings)})`;

function findingOf(messages, ruleId, file, settings) {
  const finding = messages.find((message) => message.ruleId === ruleId);
  if (!finding) throw new LabConfigurationError(`${ruleId} did not flag the program${describeSource(file, settings)}`);
  return finding;
}

/**
 * `spec`: `{ source, flaggedBy?: [ruleIds], fix?: [ruleIds] }`.
 * Resolves `{ file, code, changes }`: the program to compile (the source itself when nothing is fixed) and
 * the description of each applied suggestion. Flagged sources must be reported by every rule in `flaggedBy`.
 */
async function buildProgramSource(plugin, spec, settings) {
  const { source } = spec;
  await plugin.languages[languageOf(source)].ready;
  const original = fs.readFileSync(source, 'utf8');
  const messages = lint(plugin, original, source, settings);
  for (const ruleId of [...(spec.flaggedBy ?? []), ...(spec.fix ?? [])]) findingOf(messages, ruleId, source, settings);
  if (!spec.fix?.length) return { file: source, code: original, changes: [] };

  let code = original;
  const changes = [];
  for (const ruleId of spec.fix) {
    const finding = findingOf(lint(plugin, code, source, settings), ruleId, source, settings);
    const suggestion = finding.suggestions?.[0];
    if (!suggestion) throw new LabConfigurationError(`${ruleId} reported "${finding.message}" but offered no suggestion${describeSource(source, settings)}`);
    code = code.slice(0, suggestion.fix.range[0]) + suggestion.fix.text + code.slice(suggestion.fix.range[1]);
    changes.push(suggestion.desc);
    const left = lint(plugin, code, source, settings).find((message) => message.ruleId === ruleId);
    if (left) throw new LabConfigurationError(`${ruleId} still reports "${left.message}" after its suggestion${describeSource(source, settings)}`);
  }
  // One directory per distinct text: variants of one class never overwrite each other.
  const hash = crypto.createHash('sha256').update(code).digest('hex').slice(0, 12);
  const file = path.join(PROGRAMS_DIR, hash, path.basename(source));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, code);
  return { file, code, changes };
}

module.exports = { buildProgramSource, PROGRAMS_DIR };
