'use strict';
// Where the harness finds its orders. Environment variables set on the code-server process reach
// the extension host; a JSON file in the profile's HOME is the fallback for hosts that drop them.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const CONFIG_FILE_NAME = '.keepalive-e2e.json';

// Errors about the harness's orders: reported as their message alone, without a stack.
class HarnessConfigError extends Error {
  constructor(message) {
    super(`e2e harness: ${message}`);
    this.name = 'HarnessConfigError';
  }
}

/**
 * @returns {{ suite: string, out: string, mocha: string | undefined, timeoutMs: number, source: string } | undefined}
 *   undefined when nothing asks for a run (the harness then stays inert).
 */
function readHarnessConfig() {
  const env = process.env;
  if (env.KEEPALIVE_E2E_SUITE && env.KEEPALIVE_E2E_OUT) {
    return normalise({
      suite: env.KEEPALIVE_E2E_SUITE,
      out: env.KEEPALIVE_E2E_OUT,
      mocha: env.KEEPALIVE_E2E_MOCHA,
      timeoutMs: env.KEEPALIVE_E2E_TIMEOUT_MS,
    }, 'env');
  }
  const file = path.join(os.homedir(), CONFIG_FILE_NAME);
  if (!fs.existsSync(file)) return undefined;
  let raw;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new HarnessConfigError(`cannot read ${file}: ${error.message}`);
  }
  return normalise(raw, file);
}

function normalise(raw, source) {
  // `out` must be valid here: without it there is nowhere to report. `suite` is checked later,
  // inside the run, so a bad suite path still ends in a done-file the driver can read.
  if (typeof raw.out !== 'string' || !path.isAbsolute(raw.out)) {
    throw new HarnessConfigError(`"out" must be an absolute path (from ${source})`);
  }
  const timeoutMs = Number(raw.timeoutMs ?? 60_000);
  return {
    suite: raw.suite,
    out: raw.out,
    mocha: raw.mocha || undefined,
    timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : 60_000,
    source,
  };
}

/** The suite files: a single file, or every `*.test.js` of a folder in name order. */
function listSuiteFiles(suite) {
  if (typeof suite !== 'string' || !path.isAbsolute(suite)) {
    throw new HarnessConfigError(`"suite" must be an absolute path, got ${JSON.stringify(suite)}`);
  }
  if (!fs.existsSync(suite)) throw new HarnessConfigError(`suite not found: ${suite}`);
  if (fs.statSync(suite).isFile()) return [suite];
  const files = fs.readdirSync(suite).filter((name) => name.endsWith('.test.js')).sort();
  if (files.length === 0) throw new HarnessConfigError(`no *.test.js files in ${suite}`);
  return files.map((name) => path.join(suite, name));
}

module.exports = { readHarnessConfig, listSuiteFiles, HarnessConfigError, CONFIG_FILE_NAME };
