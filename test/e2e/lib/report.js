'use strict';
// Plain-text reports of e2e runs, ending with the "N passed, N failed" line CI looks for.

/**
 * Lines for a list of test results, and their counts. `skipped` entries (steps that could not run
 * after an earlier failure) are listed but counted neither way.
 * @param {Array<{ title: string, ok: boolean, ms: number, error?: string, skipped?: boolean }>} tests
 */
function formatTests(tests) {
  const lines = tests.map((test) => {
    if (test.skipped) return `  skip  ${test.title}`;
    return test.ok ? `  ok    ${test.title} (${test.ms} ms)` : `  FAIL  ${test.title}\n${indent(test.error ?? '')}`;
  });
  const counted = tests.filter((test) => !test.skipped);
  const failed = counted.filter((test) => !test.ok).length;
  return { lines, passed: counted.length - failed, failed };
}

/**
 * @param {{ exitCode: number, results?: { tests: Array<{ title: string, ok: boolean, ms: number, error?: string }> }, error?: string }} run
 * @returns {{ text: string, lines: string[], passed: number, failed: number }}
 *   `lines` without the closing summary line, to combine several runs into one report.
 */
function formatRun(run) {
  const { lines, passed, failed: failedTests } = formatTests(run.results ? run.results.tests : []);
  let failed = failedTests;
  if (run.exitCode !== 0 && failed === 0) {
    // The harness itself failed (or ran nothing): count that as a failure.
    lines.push(`  FAIL  harness: ${run.error ?? 'no test ran'}`);
    failed = 1;
  }
  return { text: [...lines, summaryLine(passed, failed)].join('\n'), lines, passed, failed };
}

function summaryLine(passed, failed) {
  return `${passed} passed, ${failed} failed`;
}

function indent(text) {
  return text.split('\n').map((line) => `        ${line}`).join('\n');
}

module.exports = { formatRun, formatTests, summaryLine };
