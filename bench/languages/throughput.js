#!/usr/bin/env node
'use strict';
// `npm run bench:throughput [-- --repetitions 3]`: how many source lines per second keepalive-lint reads in Java and
// Go beside JavaScript, in one run: real code of each language, ESLint's Linter with the keepalive rules of
// configs.strict, and with no rule at all (parsing alone). Java: the JDK's own java.net.http and java.base sources
// (installed by bench/sweep/install-java-corpus.sh); Go: Go's own net tree, net/http included, as Debian's
// golang-1.19-src ships it (bench/sweep/install-corpus.sh); JavaScript: installed HTTP client packages. Prints
// medians; not a test.
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseArgs } = require('node:util');
const { Linter } = require('eslint');
const keepalive = require('eslint-plugin-keepalive');
const { configFor, loadCorpus, listSourceFiles, packageFiles, REPO_ROOT } = require('../lint/corpus');
const { prepared } = require('../lint/configs');
const { describeMachine, table } = require('../lint/report');

const JS_PACKAGES = ['undici', 'axios', 'got', 'node-fetch', 'agentkeepalive', 'hpagent', 'https-proxy-agent', 'http-proxy-agent', 'agent-base', 'follow-redirects', 'mocha'];
const JDK_SOURCES = join(REPO_ROOT, '.bench', 'java-corpus', 'jdk-17');
const JAVA_MODULES = ['java.net.http', 'java.base'];
const GO_TREE = '/usr/share/go-1.19/src/net';

/** The JDK's modules, or `--java <folder>` (say, a checkout of a project whose files build many pools). */
function javaCorpus(folder) {
  if (!folder && !existsSync(JDK_SOURCES)) throw new Error(`${JDK_SOURCES} is missing: run bash bench/sweep/install-java-corpus.sh`);
  const files = folder ? listSourceFiles(folder, /\.java$/) : JAVA_MODULES.flatMap((module) => listSourceFiles(join(JDK_SOURCES, module), /\.java$/));
  return files.map((file) => ({ file, text: readFileSync(file, 'utf8'), language: 'java' }));
}

function goCorpus() {
  if (!existsSync(GO_TREE)) throw new Error(`${GO_TREE} is missing: run bash bench/sweep/install-corpus.sh`);
  return listSourceFiles(GO_TREE, /\.go$/).map((file) => ({ file, text: readFileSync(file, 'utf8'), language: 'go' }));
}

const lines = (corpus) => corpus.reduce((sum, { text }) => sum + text.split('\n').length, 0);

/** Milliseconds to verify the whole corpus once with a config per language. */
function pass(linter, corpus, configOf) {
  const started = performance.now();
  for (const { file, text, language } of corpus) linter.verify(text, configOf(language), { filename: file });
  return performance.now() - started;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main() {
  const { values } = parseArgs({ options: { repetitions: { type: 'string', default: '3' }, java: { type: 'string' } } });
  const repetitions = Number(values.repetitions);
  console.log(describeMachine(`npm run bench:throughput -- --repetitions ${repetitions}${values.java ? ` --java ${values.java}` : ''}`));
  await Promise.all([keepalive.languages.java.ready, keepalive.languages.go.ready]);
  const corpora = { JavaScript: loadCorpus(packageFiles(JS_PACKAGES, /\.(?:js|mjs|cjs)$/)).parsed, Java: javaCorpus(values.java), Go: goCorpus() };
  const rules = { ...keepalive.configs.strict.rules };
  const cache = new Map();
  const configOf = (set) => (language) => {
    const key = `${set}:${language}`;
    if (!cache.has(key)) cache.set(key, prepared(configFor(language, set === 'keepalive' ? { plugins: { keepalive }, rules } : {})));
    return cache.get(key);
  };
  const linter = new Linter({ cwd: REPO_ROOT });
  const times = Object.fromEntries(Object.keys(corpora).map((language) => [language, { none: [], keepalive: [] }]));
  for (let repetition = 0; repetition < repetitions; repetition++) {
    // Languages and sets alternate, so a slow spell on the shared machine falls on each alike.
    const order = repetition % 2 === 0 ? Object.keys(corpora) : Object.keys(corpora).reverse();
    for (const language of order) {
      for (const set of repetition % 2 === 0 ? ['none', 'keepalive'] : ['keepalive', 'none']) times[language][set].push(pass(linter, corpora[language], configOf(set)));
    }
    console.log(`pass ${repetition + 1}/${repetitions} done`);
  }
  const rows = [['language', 'files', 'lines', 'parse only: lines/s', 'with keepalive rules: lines/s', 'rules: ms per 1 000 lines']];
  for (const [language, corpus] of Object.entries(corpora)) {
    const count = lines(corpus);
    const none = median(times[language].none);
    const withRules = median(times[language].keepalive);
    rows.push([language, corpus.length, count, Math.round(count / (none / 1000)), Math.round(count / (withRules / 1000)), ((withRules - none) / (count / 1000)).toFixed(2)]);
  }
  console.log(table(rows));
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
