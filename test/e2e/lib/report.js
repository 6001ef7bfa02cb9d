'use strict';
// Plain-text report of a harness run, ending with the "N passed, N failed" line CI looks for.

/**
 * @param {{ exitCode: number, results?: { tests: Array<{ title: string, ok: boolean, ms: number, error?: string }> }, error?: string }} run
 * @returns {{ text: string, passed: number, failed: number }}
 */
function formatRun(run) {
  const tests = run.results ? run.results.tests : [];
  const lines = tests.map((test) =>
    test.ok ? `  ok    ${test.title} (${test.ms} ms)` : `  FAIL  ${test.title}\n${indent(test.error ?? '')}`);
  let failed = tests.filter((test) => !test.ok).length;
  if (run.exitCode !== 0 && failed === 0) {
    // The harness itself failed (or ran nothing): count that as a failure.
    lines.push(`  FAIL  harness: ${run.error ?? 'no test ran'}`);
    failed = 1;
  }
  const passed = tests.length - tests.filter((test) => !test.ok).length;
  lines.push(`${passed} passed, ${failed} failed`);
  return { text: lines.join('\n'), passed, failed };
}

function indent(text) {
  return text.split('\n').map((line) => `        ${line}`).join('\n');
}

module.exports = { formatRun };
