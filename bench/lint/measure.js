'use strict';
// Lints the corpus with each compared configuration, alternating, and collects ESLint's own per-rule times.
const { Linter } = require('eslint');
const { REPO_ROOT } = require('./corpus');

/**
 * One repetition: every file once with every set. The order of the sets turns with each file and each
 * repetition, so a slow spell on the machine falls on every set alike. With `stats`, ESLint's own per-rule
 * times are kept per file and summed into rule groups; without, only the wall-clock time of each `verify`
 * (no instrumentation at all).
 * @param {Record<string, string[]>} groups rule ids whose times are added up per file (`keepalive`, `n`, …)
 * @returns {{ sums: object, perFile: Record<string, Record<string, Float64Array>>, perRule: Record<string, Float64Array>, crashes: object[] }}
 *   `sums[set]` = { total, parse, rules }; `perFile[set][group][i]` = the group's time on file i (`wall`: the
 *   whole verify, without stats);
 *   `perRule[ruleId][i]` = the rule's time on file i (in the set where it was measured last).
 */
function measureRepetition(corpus, setNames, configOf, repetition, { stats = true, groups = {} } = {}) {
  const linter = new Linter({ cwd: REPO_ROOT });
  const sums = Object.fromEntries(setNames.map((name) => [name, { total: 0, parse: 0, rules: {} }]));
  const perFile = Object.fromEntries(setNames.map((name) => [name, groupArrays(groups, corpus.length)]));
  const perRule = {};
  const crashes = [];
  corpus.forEach(({ file, text, language }, index) => {
    for (let step = 0; step < setNames.length; step++) {
      const setName = setNames[(index + repetition + step) % setNames.length];
      const config = configOf(setName, language);
      const sum = sums[setName];
      try {
        if (stats) {
          linter.verifyAndFix(text, config, { filename: file, stats: true, fix: false });
        } else {
          const started = performance.now();
          linter.verify(text, config, { filename: file });
          const elapsed = performance.now() - started;
          sum.total += elapsed;
          perFile[setName].wall[index] = elapsed;
        }
      } catch (error) {
        crashes.push({ file, set: setName, message: error instanceof Error ? error.message : String(error) });
        continue;
      }
      if (!stats) continue;
      const [pass = {}] = linter.getTimes().passes;
      sum.total += pass.total ?? 0;
      sum.parse += pass.parse?.total ?? 0;
      for (const [ruleId, { total }] of Object.entries(pass.rules ?? {})) {
        sum.rules[ruleId] = (sum.rules[ruleId] ?? 0) + total;
        (perRule[ruleId] ??= new Float64Array(corpus.length))[index] = total;
      }
      for (const [group, ids] of Object.entries(groups)) perFile[setName][group][index] = sumOf(pass.rules ?? {}, ids, (entry) => entry.total);
    }
  });
  return { sums, perFile, perRule, crashes };
}

function groupArrays(groups, length) {
  return Object.fromEntries([...Object.keys(groups), 'wall'].map((group) => [group, new Float64Array(length)]));
}

function sumOf(record, ids, read = (value) => value) {
  return ids.reduce((total, id) => total + (record[id] === undefined ? 0 : read(record[id])), 0);
}

/**
 * Sum over files of each file's smallest time across repetitions. A file's rule work is the same every time;
 * what differs is the machine taking the CPU away mid-rule (a 2-core machine shared with others), which only
 * ever adds time. The smallest of a few tries is the least disturbed one.
 */
function sumOfMinima(arrays) {
  const [first] = arrays;
  let total = 0;
  for (let i = 0; i < first.length; i++) {
    let least = first[i];
    for (const array of arrays) if (array[i] < least) least = array[i];
    total += least;
  }
  return total;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

module.exports = { measureRepetition, median, sumOf, sumOfMinima };
