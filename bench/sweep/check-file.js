'use strict';
// One file of the robustness sweep: lint it with every keepalive rule, then apply each suggestion and check
// the result parses, no longer has the finding, and does not change when the suggestion is applied again.
const { assertLinted, configFor, languageCandidates } = require('../lint/corpus');
const { prepared } = require('../lint/configs');
const keepalive = require('eslint-plugin-keepalive');

/** Every keepalive rule (as `configs.strict` lists them at run time) at its default options. */
function strictRules() {
  return { ...keepalive.configs.strict.rules };
}

/** One prepared config per way of reading a file. */
function sweepConfigs(settings = {}) {
  const cache = new Map();
  return (language) => {
    let config = cache.get(language);
    if (!config) cache.set(language, (config = prepared(configFor(language, { plugins: { keepalive }, rules: strictRules(), settings }))));
    return config;
  };
}

/** A rule that throws: ESLint names the rule in the message (`Rule: "keepalive/…"`). */
function crashOf(error) {
  const message = error instanceof Error ? error.message : String(error);
  const ruleId = /Rule: "([^"]+)"/.exec(message)?.[1] ?? error?.ruleId ?? null;
  const frame = error instanceof Error ? (error.stack ?? '').split('\n').find((line) => /eslint-plugin[\\/]dist/.test(line)) : undefined;
  return { ruleId, message: message.split('\n')[0], frame: frame?.trim() ?? null };
}

function lint(linter, text, config, file) {
  let messages;
  try {
    messages = linter.verify(text, config, { filename: file });
  } catch (error) {
    return { crash: crashOf(error) };
  }
  assertLinted(messages, file);
  return { messages };
}

function applyFix(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** Where an offset of the original text lands after an edit (inside the edit: at its start). */
function mapOffset(offset, fix) {
  const [start, end] = fix.range;
  if (offset < start) return offset;
  if (offset >= end) return offset + fix.text.length - (end - start);
  return start;
}

const isKeepalive = (message) => message.ruleId?.startsWith('keepalive/') === true;
const findingKey = (message) => `${message.ruleId} ${message.messageId}`;

function countByKey(messages) {
  const counts = new Map();
  for (const message of messages.filter(isKeepalive)) counts.set(findingKey(message), (counts.get(findingKey(message)) ?? 0) + 1);
  return counts;
}

/**
 * Applies one suggestion and checks what the issue asks of it.
 * @returns {string | null} what is wrong, or null
 */
function checkSuggestion(linter, { file, text, config }, finding, suggestion, before) {
  const fixed = applyFix(text, suggestion.fix);
  const after = lint(linter, fixed, config, file);
  if (after.crash) return `re-lint crashed (${after.crash.ruleId}): ${after.crash.message}`;
  const fatal = after.messages.find((message) => message.fatal);
  if (fatal) return `the output does not parse: ${fatal.message} (line ${fatal.line})`;
  const key = findingKey(finding);
  if ((countByKey(after.messages).get(key) ?? 0) >= before.get(key)) return `${key} is still reported after "${suggestion.desc}"`;
  // Applying it twice: the same rule must not offer the same edit again at the same place, unless it is a no-op.
  const sourceCode = linter.getSourceCode();
  const place = mapOffset(offsetOf(text, finding), suggestion.fix);
  for (const message of after.messages) {
    if (message.ruleId !== finding.ruleId || sourceCode.getIndexFromLoc({ line: message.line, column: message.column - 1 }) !== place) continue;
    for (const again of message.suggestions ?? []) {
      if (again.messageId === suggestion.messageId && applyFix(fixed, again.fix) !== fixed) return `applying "${suggestion.desc}" twice changes the code again`;
    }
  }
  return null;
}

/** The offset of a message's start in the original text (the linter's SourceCode holds the re-linted text by now). */
function offsetOf(text, message) {
  let offset = 0;
  let line = 1;
  for (const match of text.matchAll(/\r\n|[\r\n\u2028\u2029]/g)) {
    if (line === message.line) break;
    offset = match.index + match[0].length;
    line++;
  }
  return offset + message.column - 1;
}

/**
 * Lints one file with every keepalive rule, trying each way it may be read until one parses.
 * @returns {{ language: string|null, parseError?: string, crash?: object, findings: object[], suggestions: number, problems: object[] }}
 */
function checkFile(linter, configOf, file, text) {
  let lastFatal = null;
  for (const language of languageCandidates(file)) {
    const config = configOf(language);
    const result = lint(linter, text, config, file);
    if (result.crash) return { language, crash: result.crash, findings: [], suggestions: 0, problems: [] };
    const fatal = result.messages.find((message) => message.fatal);
    if (fatal) {
      lastFatal = fatal;
      continue;
    }
    const findings = result.messages.filter(isKeepalive);
    const before = countByKey(findings);
    const problems = [];
    let suggestions = 0;
    for (const finding of findings) {
      for (const suggestion of finding.suggestions ?? []) {
        suggestions++;
        const problem = checkSuggestion(linter, { file, text, config }, finding, suggestion, before);
        if (problem) problems.push({ ruleId: finding.ruleId, line: finding.line, column: finding.column, problem });
      }
    }
    return { language, findings, suggestions, problems };
  }
  return { language: null, parseError: lastFatal?.message ?? 'does not parse', findings: [], suggestions: 0, problems: [] };
}

module.exports = { checkFile, strictRules, sweepConfigs };
