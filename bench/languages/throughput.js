'use strict';
// Scan throughput of the recommended presets on real code, JavaScript and Go in one run: lines linted per second by
// `Linter#verify` (parse, the prefilter, sites, every recommended rule), on a fixed corpus for each language.
// JavaScript: HTTP client packages of the repository's node_modules. Go: Go's own `net` tree (net/http included),
// as Debian's golang-1.19-src ships it (bench/sweep/install-corpus.sh installs it).
const { readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { Linter } = require('eslint');
const { GO_FILE, NODE_MODULES, configFor, languageCandidates, listSourceFiles } = require('../lint/corpus');
const { prepared } = require('../lint/configs');

const JS_PACKAGES = ['undici', 'axios', 'got', 'node-fetch', 'agentkeepalive', 'hpagent', 'https-proxy-agent', 'follow-redirects'];
const JS_FILE = /\.(?:js|mjs|cjs)$/;
const GO_TREE = '/usr/share/go-1.19/src/net';

function corpusOf(kind) {
  if (kind === 'go') {
    if (!statSync(GO_TREE, { throwIfNoEntry: false })?.isDirectory()) return null;
    return listSourceFiles(GO_TREE, GO_FILE);
  }
  return JS_PACKAGES.flatMap((name) => listSourceFiles(join(NODE_MODULES, name), JS_FILE));
}

/** Lints every file of a corpus once with the recommended rules; the time of the verify calls only. */
function pass(linter, files, configOf) {
  let ms = 0;
  let lines = 0;
  let findings = 0;
  let linted = 0;
  for (const { file, text, language } of files) {
    const start = performance.now();
    const messages = linter.verify(text, configOf(language), { filename: file });
    ms += performance.now() - start;
    if (messages.some((message) => message.fatal)) continue;
    linted++;
    lines += text.split('\n').length;
    findings += messages.filter((message) => message.ruleId?.startsWith('keepalive/')).length;
  }
  return { ms, lines, findings, linted };
}

/** Prints one row per language: files, lines, milliseconds per pass (median), lines per second. */
async function runThroughput(keepalive, repetitions = 3) {
  await keepalive.languages.go.ready;
  const rules = keepalive.configs.recommended.rules;
  const configs = new Map();
  const configOf = (language) => {
    if (!configs.has(language)) configs.set(language, prepared(configFor(language, { plugins: { keepalive }, rules })));
    return configs.get(language);
  };
  console.log('');
  console.log(`Scan throughput, configs.recommended, Linter#verify per file, median of ${repetitions} passes:`);
  console.log('| language | corpus | files | lines | ms per pass | lines / s | keepalive findings |');
  console.log('|---|---|---|---|---|---|---|');
  for (const kind of ['js', 'go']) {
    const paths = corpusOf(kind);
    if (!paths) {
      console.log(`| ${kind} | ${GO_TREE} missing: run bash bench/sweep/install-corpus.sh | | | | | |`);
      continue;
    }
    const files = paths.map((file) => ({ file, text: readFileSync(file, 'utf8'), language: languageCandidates(file)[0] }));
    const linter = new Linter({ cwd: '/' });
    pass(linter, files.slice(0, 50), configOf); // warm-up: JIT, grammar and query compilation
    const runs = Array.from({ length: repetitions }, () => pass(linter, files, configOf)).sort((a, b) => a.ms - b.ms);
    const median = runs[Math.floor(runs.length / 2)];
    const corpus = kind === 'go' ? GO_TREE : `${JS_PACKAGES.length} packages of node_modules`;
    const row = [kind === 'go' ? 'Go' : 'JavaScript', corpus, median.linted, median.lines, median.ms.toFixed(0), Math.round(median.lines / (median.ms / 1000)), median.findings];
    console.log(`| ${row.join(' | ')} |`);
  }
}

module.exports = { runThroughput };
