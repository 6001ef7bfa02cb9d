'use strict';
// Runs the e2e suites inside the extension host once per output folder, then reports through
// files that the driver polls: results.json (per test) and `done` (exit code, written last).
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { readHarnessConfig, listSuiteFiles, HarnessConfigError } = require('./config');
const { runWithMocha, loadMocha } = require('./mocha-runner');
const { runMinimal } = require('./minimal-runner');

function activate() {
  let config;
  try {
    config = readHarnessConfig();
  } catch (error) {
    // Nowhere to report: the extension host log is the only witness.
    console.error(error instanceof Error ? error.message : String(error));
    return;
  }
  if (!config) return;
  // Each browser window gets its own extension host; only the first one runs the suites.
  try {
    fs.mkdirSync(config.out, { recursive: true });
    fs.mkdirSync(path.join(config.out, 'started'));
  } catch {
    return;
  }
  void runSuites(config);
}

async function runSuites(config) {
  const log = (line) => fs.appendFileSync(path.join(config.out, 'harness.log'), `${line}\n`);
  try {
    const files = listSuiteFiles(config.suite);
    const Mocha = loadMocha(config.mocha);
    log(`config from ${config.source}; runner ${Mocha ? 'mocha' : 'minimal'}; ${files.length} file(s)`);
    const started = Date.now();
    const tests = Mocha
      ? await runWithMocha(Mocha, files, config.timeoutMs, log)
      : await runMinimal(files, config.timeoutMs, log);
    const failed = tests.filter((test) => !test.ok).length;
    const summary = {
      runner: Mocha ? 'mocha' : 'minimal',
      configSource: config.source,
      vscodeVersion: vscode.version,
      suite: config.suite,
      ms: Date.now() - started,
      passed: tests.length - failed,
      failed,
      tests,
    };
    writeAtomically(path.join(config.out, 'results.json'), JSON.stringify(summary, null, 2));
    writeAtomically(path.join(config.out, 'done'), failed === 0 && tests.length > 0 ? '0\n' : '1\n');
  } catch (error) {
    const text = error instanceof HarnessConfigError ? error.message
      : error instanceof Error ? error.stack ?? error.message : String(error);
    log(`harness error: ${text}`);
    writeAtomically(path.join(config.out, 'done'), `1 ${text}\n`);
  }
}

// The driver may read at any moment; a rename never exposes a half-written file.
function writeAtomically(file, text) {
  fs.writeFileSync(`${file}.tmp`, text);
  fs.renameSync(`${file}.tmp`, file);
}

function deactivate() {}

module.exports = { activate, deactivate };
