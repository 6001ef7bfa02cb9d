#!/usr/bin/env node
'use strict';
// `npm run sweep [-- folders…]`: lints every JS/TS file under the repository's node_modules and the sweep corpus
// (bench/sweep/corpus/node_modules, installed by install-corpus.sh), every Java file of the JDK's own sources
// (.bench/java-corpus, installed by install-java-corpus.sh) and every Go file of Go's own sources (Debian's
// golang-1.19-src, which install-corpus.sh installs), or every JS/TS/Java/Go file under the folders given, with every
// keepalive rule. Counts crashes (a rule that throws), findings by rule, and checks every suggestion: it parses,
// removes its finding and is idempotent. Also checks the checks that let most files skip module tracking, and the
// editor's inspection of every file (no throw, ranges inside the text).
const { readFileSync, statSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { Linter } = require('eslint');
const keepalive = require('eslint-plugin-keepalive');
const { GO_FILE, NODE_MODULES, SOURCE_FILE, listSourceFiles, shortPath } = require('../lint/corpus');
const { describeMachine, table } = require('../lint/report');
const { checkFile, strictRules, sweepConfigs } = require('./check-file');
const { inspectionCheck } = require('./inspect-check');
const { prefilterMisses } = require('./prefilter-check');

const GOAL_FILES = 20_000;
// Each language the plugin reads, with its own goal: Java and Go count apart from the whole.
const LANGUAGE_GOALS = [
  { name: 'Java', extension: '.java', goal: 5_000 },
  { name: 'Go', extension: '.go', goal: 5_000 },
];
const SWEPT_FILE = new RegExp(`${SOURCE_FILE.source}|\\.java$|${GO_FILE.source}`);
// The repository's own dependencies hold fewer files than the goal; the corpus adds SDKs that build pools.
const CORPUS_NODE_MODULES = join(__dirname, 'corpus', 'node_modules');
const JAVA_CORPUS = join(__dirname, '..', '..', '.bench', 'java-corpus');
// Go's standard library and commands, as Debian's golang-1.19-src ships them.
const GO_SOURCES = '/usr/share/go-1.19/src';
const INSTALL_HINTS = new Map([
  [CORPUS_NODE_MODULES, 'bash bench/sweep/install-corpus.sh'],
  [GO_SOURCES, 'bash bench/sweep/install-corpus.sh'],
  [JAVA_CORPUS, 'bash bench/sweep/install-java-corpus.sh'],
]);

async function main(argv) {
  const roots = (argv.length > 0 ? argv : [NODE_MODULES, CORPUS_NODE_MODULES, JAVA_CORPUS, GO_SOURCES]).map((folder) => resolve(folder));
  for (const root of roots) {
    if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) {
      const hint = INSTALL_HINTS.has(root) ? ` (install it with: ${INSTALL_HINTS.get(root)})` : '';
      process.stderr.write(`sweep: no such folder: ${root}${hint}\n`);
      return 2;
    }
  }
  console.log(describeMachine(`node bench/sweep/run.js ${argv.join(' ')}`.trim()));
  console.log(`rules: ${Object.keys(strictRules()).join(', ')}`);
  const configOf = sweepConfigs();
  // The grammars load once, before the first Java or Go file is parsed.
  await Promise.all([keepalive.languages.java.ready, keepalive.languages.go.ready]);
  const byLanguage = Object.fromEntries(LANGUAGE_GOALS.map(({ name }) => [name, 0]));
  const totals = { files: 0, byLanguage, filesByRoot: [], parsed: 0, unparseable: [], crashes: [], findings: new Map(), suggestions: 0, problems: [], misses: [], inspectProblems: [], inspectReports: 0 };
  const started = performance.now();
  for (const root of roots) {
    // Files outside a Linter's working folder match no config, so each root gets its own.
    const linter = new Linter({ cwd: dirname(root) });
    const files = listSourceFiles(root, SWEPT_FILE);
    totals.filesByRoot.push([shortPath(root) || root, files.length]);
    files.forEach((file, index) => {
      sweepFile(linter, configOf, file, totals);
      if ((index + 1) % 2000 === 0) process.stderr.write(`  ${index + 1}/${files.length} files of ${shortPath(root)}\n`);
    });
  }
  printSummary(totals, (performance.now() - started) / 1000);
  const failed = totals.crashes.length + totals.problems.length + totals.misses.length + totals.inspectProblems.length;
  return failed > 0 ? 1 : 0;
}

function sweepFile(linter, configOf, file, totals) {
  totals.files++;
  const language = LANGUAGE_GOALS.find(({ extension }) => file.endsWith(extension));
  if (language) totals.byLanguage[language.name]++;
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    totals.unparseable.push({ file, message: `unreadable: ${error.message}` });
    return;
  }
  const result = checkFile(linter, configOf, file, text);
  if (result.crash) totals.crashes.push({ file, ...result.crash });
  else if (result.parseError) totals.unparseable.push({ file, message: result.parseError });
  else {
    totals.parsed++;
    totals.misses.push(...prefilterMisses(linter, file, text, configOf(result.language)));
    const inspection = inspectionCheck(linter, file, text, configOf(result.language));
    totals.inspectProblems.push(...inspection.problems);
    totals.inspectReports += inspection.reports;
  }
  for (const finding of result.findings) totals.findings.set(finding.ruleId, (totals.findings.get(finding.ruleId) ?? 0) + 1);
  totals.suggestions += result.suggestions;
  totals.problems.push(...result.problems.map((problem) => ({ file, ...problem })));
}

function printSummary(totals, seconds) {
  const findings = [...totals.findings].sort((a, b) => b[1] - a[1]);
  const findingCount = findings.reduce((sum, [, count]) => sum + count, 0);
  console.log(table([
    ['sweep', 'count'],
    [`files (goal ≥ ${GOAL_FILES})`, totals.files],
    ...LANGUAGE_GOALS.map(({ name, goal }) => [`  of them ${name} (goal ≥ ${goal})`, totals.byLanguage[name]]),
    ...totals.filesByRoot.map(([root, count]) => [`  ${root}`, count]),
    ['linted (parsed one way or another)', totals.parsed],
    ['parse no way (not linted)', totals.unparseable.length],
    ['rule crashes', totals.crashes.length],
    ['findings', findingCount],
    ...findings.map(([ruleId, count]) => [`  ${ruleId}`, count]),
    ['suggestions applied and re-linted', totals.suggestions],
    ['  failing a check (parse, finding gone, idempotent)', totals.problems.length],
    ['files the skip checks passed over that hold a site', totals.misses.length],
    ['editor inspection: timeout reports built', totals.inspectReports],
    ['  inspection throwing or out of range', totals.inspectProblems.length],
    ['seconds', seconds.toFixed(0)],
  ]));
  for (const crash of totals.crashes) console.log(`CRASH ${crash.ruleId ?? '?'} ${shortPath(crash.file)}: ${crash.message} ${crash.frame ?? ''}`);
  for (const problem of totals.problems) console.log(`SUGGESTION ${problem.ruleId} ${shortPath(problem.file)}:${problem.line}:${problem.column}: ${problem.problem}`);
  for (const miss of totals.misses) console.log(`PREFILTER ${shortPath(miss.file)}: ${miss.sites} site(s) skipped`);
  for (const { file, problem } of totals.inspectProblems) console.log(`INSPECT ${shortPath(file)}: ${problem}`);
  for (const { file, message } of totals.unparseable.slice(0, 10)) console.log(`unparsed ${shortPath(file)}: ${message}`);
  if (totals.files >= GOAL_FILES) console.log(`goal met: ${totals.files} files swept, goal ${GOAL_FILES}`);
  else console.log(`goal not met: ${totals.files} files swept, below the goal of ${GOAL_FILES}; pass more folders to sweep more.`);
  for (const { name, extension, goal } of LANGUAGE_GOALS) {
    const count = totals.byLanguage[name];
    if (count >= goal) console.log(`${name} goal met: ${count} ${extension} files swept, goal ${goal}`);
    else console.log(`${name} goal not met: ${count} ${extension} files swept, below the goal of ${goal}.`);
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 2;
  },
);
