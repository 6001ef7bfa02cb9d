'use strict';
// Runs the suite files with the project's own mocha (an absolute path, since the harness is
// installed from a .vsix far from the project's node_modules).
const fs = require('node:fs');
const path = require('node:path');

/** The Mocha class, or undefined when no usable mocha is at `mochaDir`. */
function loadMocha(mochaDir) {
  if (!mochaDir) return undefined;
  // mocha >= 12 is an ES module package that also ships a CommonJS build.
  const candidates = [path.join(mochaDir, 'lib', 'mocha.cjs'), mochaDir];
  for (const candidate of candidates) {
    if (!fs.existsSync(candidate)) continue;
    try {
      const loaded = require(candidate);
      const Mocha = typeof loaded === 'function' ? loaded : loaded.default ?? loaded.Mocha;
      if (typeof Mocha === 'function') return Mocha;
    } catch {
      // try the next candidate, then fall back to the minimal runner
    }
  }
  return undefined;
}

/** @returns {Promise<Array<{ title: string, ok: boolean, ms: number, error?: string }>>} */
function runWithMocha(Mocha, files, timeoutMs, log) {
  const tests = [];
  const { EVENT_TEST_PASS, EVENT_TEST_FAIL } = Mocha.Runner.constants;
  // A reporter that only records: mocha's own reporters write to the extension host's stdout.
  function Recorder(runner) {
    runner.on(EVENT_TEST_PASS, (test) => {
      tests.push({ title: test.fullTitle(), ok: true, ms: test.duration ?? 0 });
      log(`pass ${test.fullTitle()} (${test.duration ?? 0} ms)`);
    });
    // Also fires for failing hooks, which then count as failed entries.
    runner.on(EVENT_TEST_FAIL, (test, error) => {
      const detail = error && (error.stack || error.message) ? error.stack || error.message : String(error);
      tests.push({ title: test.fullTitle(), ok: false, ms: test.duration ?? 0, error: detail });
      log(`FAIL ${test.fullTitle()}\n${detail}`);
    });
  }
  const mocha = new Mocha({ ui: 'bdd', timeout: timeoutMs, color: false, reporter: Recorder });
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve) => {
    mocha.run(() => resolve(tests));
  });
}

module.exports = { loadMocha, runWithMocha };
