#!/usr/bin/env node
'use strict';
// `npm run bench:lint [-- --repetitions 3]`: what the keepalive rules cost next to eslint:recommended and
// n/no-deprecated-api, on real code of installed packages, in one run. Prints ratios; results go to
// bench/RESULTS.md by hand.
const { parseArgs } = require('node:util');
const { comparedSets, configCache, keepaliveRules, N_RULE, recommendedRules } = require('./configs');
const { loadCorpus, packageFiles, shortPath } = require('./corpus');
const { measureRepetition, median, sumOfMinima } = require('./measure');
const { reportGoal } = require('../goals');
const { describeMachine, formatMs, table } = require('./report');

/** The corpus: real code that nobody here wrote, HTTP clients and agents first. Fixed so runs compare. */
const CORPUS_PACKAGES = [
  'undici', 'axios', 'got', 'node-fetch', 'agentkeepalive', 'hpagent', 'https-proxy-agent', 'http-proxy-agent',
  'agent-base', 'follow-redirects', 'typed-rest-client', 'azure-devops-node-api', '@azure/core-rest-pipeline',
  '@azure/identity', '@azure/msal-node', '@azure/msal-common', 'eslint', '@typescript-eslint/parser',
  '@typescript-eslint/scope-manager', '@typescript-eslint/typescript-estree', '@typescript-eslint/utils',
  '@typescript-eslint/types', '@typescript-eslint/visitor-keys', '@typescript-eslint/rule-tester', 'mocha',
  'eslint-plugin-n', 'vscode-languageclient', 'vscode-languageserver', 'vscode-jsonrpc',
];
const CORPUS_EXTENSIONS = /\.(?:js|mjs|cjs|ts)$/;
const STATS_SETS = ['recommended', 'keepalive', 'n'];
const WALL_SETS = ['none', 'recommended', 'keepalive', 'n'];
const GOAL_VS_RECOMMENDED = 0.02;

function main() {
  const { values } = parseArgs({ options: { repetitions: { type: 'string', default: '3' }, packages: { type: 'string' } } });
  // --packages a,b: a quick run on part of the corpus (the recorded results use the whole list).
  const packages = values.packages ? values.packages.split(',') : CORPUS_PACKAGES;
  const repetitions = Number(values.repetitions);
  if (!Number.isInteger(repetitions) || repetitions < 1) {
    process.stderr.write(`--repetitions must be a whole number ≥ 1, got "${values.repetitions}".\n`);
    return 2;
  }
  console.log(describeMachine(`npm run bench:lint -- ${process.argv.slice(2).join(' ')}`.trim()));
  const { parsed: corpus, unparseable } = loadCorpus(packageFiles(packages, CORPUS_EXTENSIONS));
  const bytes = corpus.reduce((sum, { text }) => sum + Buffer.byteLength(text), 0);
  const typescript = corpus.filter(({ language }) => language === 'ts').length;
  console.log(`corpus: ${corpus.length} files (${typescript} TypeScript), ${(bytes / 1e6).toFixed(1)} MB, of ${packages.length} packages; ${unparseable.length} left out (parse no way)`);
  for (const { file, message } of unparseable.slice(0, 5)) console.log(`  left out: ${shortPath(file)}: ${message}`);

  const configOf = configCache(comparedSets());
  const groups = { keepalive: Object.keys(keepaliveRules()), n: [N_RULE], recommended: Object.keys(recommendedRules()) };
  console.log(`keepalive rules (configs.strict): ${groups.keepalive.length}; eslint:recommended rules: ${groups.recommended.length}`);

  // ESLint's own per-rule times (`stats: true`): the numbers the goals are about.
  const runs = [];
  for (let repetition = 0; repetition < repetitions; repetition++) {
    runs.push(measureRepetition(corpus, STATS_SETS, configOf, repetition, { groups }));
    const pass = groupTotals([runs.at(-1)], (arrays) => arrays[0].reduce((a, b) => a + b, 0));
    console.log(`stats pass ${repetition + 1}/${repetitions}: keepalive ${formatMs(pass.keepalive)} ms, n ${formatMs(pass.n)} ms, recommended ${formatMs(pass.recommended)} ms`);
  }
  // Wall clock without any instrumentation: whole-verify differences between the sets, to check the above.
  const wallRuns = [];
  for (let repetition = 0; repetition < repetitions; repetition++) {
    wallRuns.push(measureRepetition(corpus, WALL_SETS, configOf, repetition, { stats: false }));
    console.log(`wall-clock pass ${repetition + 1}/${repetitions} done`);
  }
  const crashes = [...runs, ...wallRuns].flatMap((run) => run.crashes);
  for (const crash of crashes.slice(0, 10)) console.log(`CRASH ${crash.set} ${shortPath(crash.file)}: ${crash.message}`);

  printRuleTable(runs, groups.keepalive, corpus.length);
  const least = groupTotals(runs, sumOfMinima);
  const middle = groupTotals(runs, (arrays) => median(arrays.map((array) => array.reduce((a, b) => a + b, 0))));
  const wall = (name) => sumOfMinima(wallRuns.map((run) => run.perFile[name].wall));
  const recommendedWall = wall('recommended') - wall('none');
  console.log(table([
    ['per pass over the corpus, ms', 'least', 'median'],
    ['keepalive rules, all together (stats)', formatMs(least.keepalive), formatMs(middle.keepalive)],
    [`${N_RULE} (stats)`, formatMs(least.n), formatMs(middle.n)],
    ['eslint:recommended, its rules (stats)', formatMs(least.recommended), formatMs(middle.recommended)],
    ['eslint:recommended, wall: verify(a) - verify(no rules)', formatMs(recommendedWall), ''],
    ['keepalive rules, wall: verify(b) - verify(a)', formatMs(wall('keepalive') - wall('recommended')), ''],
    [`${N_RULE}, wall: verify(c) - verify(a)`, formatMs(wall('n') - wall('recommended')), ''],
    ...WALL_SETS.map((name) => [`whole verify, set "${name}" (parse, scopes, rules)`, formatMs(wall(name)), '']),
  ]));
  console.log('least = sum over files of each file\'s smallest time across passes; median = median of pass totals.');
  const ratioN = least.keepalive / least.n;
  // The 2 % goal is checked against the smaller of the two measures of eslint:recommended.
  const ratioRecommended = least.keepalive / Math.min(least.recommended, recommendedWall);
  reportGoal(`lint cost: all keepalive rules ≤ ${N_RULE} alone (least times)`, `${ratioN.toFixed(2)}× (median of passes ${(middle.keepalive / middle.n).toFixed(2)}×)`, ratioN <= 1);
  reportGoal(
    `lint cost: all keepalive rules ≤ 2 % of eslint:recommended (least times)`,
    `${pct(ratioRecommended)} (by stats alone ${pct(least.keepalive / least.recommended)}, median of passes ${pct(middle.keepalive / middle.recommended)})`,
    ratioRecommended <= GOAL_VS_RECOMMENDED,
  );
  console.log(`rule crashes: ${crashes.length}`);
  return crashes.length > 0 ? 1 : 0;
}

const pct = (ratio) => `${(ratio * 100).toFixed(2)} %`;

/** Each group's total in the set where it is measured: keepalive in (b), n in (c), recommended in (a). */
function groupTotals(runs, combine) {
  const inSet = { keepalive: 'keepalive', n: 'n', recommended: 'recommended' };
  return Object.fromEntries(Object.entries(inSet).map(([group, set]) => [group, combine(runs.map((run) => run.perFile[set][group]))]));
}

function printRuleTable(runs, keepaliveIds, fileCount) {
  const rows = [...keepaliveIds, N_RULE].map((id) => {
    const least = sumOfMinima(runs.map((run) => run.perRule[id] ?? new Float64Array(fileCount)));
    const passes = runs.map((run) => run.perRule[id]?.reduce((a, b) => a + b, 0) ?? 0);
    return [id, formatMs(least), formatMs(median(passes)), ((least * 1000) / fileCount).toFixed(1)];
  });
  console.log(table([['rule (stats), ms per pass', 'least', 'median', 'µs/file'], ...rows]));
}

process.exitCode = main();
