'use strict';
// One e2e session: a fresh profile with the given extensions, code-server, and (on demand) a
// browser. With `harness`, the harness extension is installed too and told through the server's
// environment which suite to run in the extension host and where to write its results.
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const path = require('node:path');
const { E2E_DIR, HARNESS_DIR, MOCHA_DIR } = require('./paths');
const { createProfile, removeProfile, installExtension, startCodeServer, packageVsix } = require('./code-server');
const { launchBrowser, openWorkbench } = require('./browser');
const { waitFor } = require('./wait');
const { CONFIG_FILE_NAME } = require('../harness/config');

const HARNESS_OUTPUTS = ['started', 'done', 'results.json', 'harness.log'];

/** Packages test/e2e/harness into .e2e/harness.vsix (about 2 s). */
function packageHarness(outFile = path.join(E2E_DIR, 'harness.vsix')) {
  return packageVsix(HARNESS_DIR, outFile, ['--allow-missing-repository', '--skip-license']);
}

/** Tells the harness what to run: env vars on the server, plus the same in a file in HOME. */
async function configureHarness(profile, harness) {
  const config = {
    suite: path.resolve(harness.suite),
    out: path.resolve(harness.out),
    mocha: harness.mocha ?? MOCHA_DIR,
    timeoutMs: harness.testTimeoutMs ?? 60_000,
  };
  await fsp.mkdir(config.out, { recursive: true });
  // Left-overs of an earlier run would make the harness skip (started) or the driver stop early (done).
  for (const name of HARNESS_OUTPUTS) await fsp.rm(path.join(config.out, name), { recursive: true, force: true });
  await fsp.writeFile(path.join(profile.home, CONFIG_FILE_NAME), JSON.stringify(config, null, 2));
  return {
    KEEPALIVE_E2E_SUITE: config.suite,
    KEEPALIVE_E2E_OUT: config.out,
    KEEPALIVE_E2E_MOCHA: config.mocha,
    KEEPALIVE_E2E_TIMEOUT_MS: String(config.timeoutMs),
  };
}

/**
 * @param {{
 *   extensions?: string[],          // .vsix files of the extensions under test
 *   harness?: { suite: string, out: string, mocha?: string, testTimeoutMs?: number },
 *   settings?: Record<string, unknown>,
 *   env?: Record<string, string>,
 *   serverArgs?: string[],          // extra code-server arguments
 * }} [options]
 */
async function startSession({ extensions = [], harness, settings, env = {}, serverArgs = [] } = {}) {
  const profile = await createProfile({ settings });
  let server;
  let browser;
  const session = {
    profile,
    harness,
    get server() { return server; },
    /** The session's browser, launched on first use. */
    async browser() {
      browser ??= await launchBrowser();
      return browser;
    },
    /** Closes the browser, stops the server's whole process group, removes the profile. */
    async close({ keepProfile = false } = {}) {
      const errors = [];
      if (browser) await browser.close().catch((error) => errors.push(error));
      if (server) await server.stop().catch((error) => errors.push(error));
      if (!keepProfile) await removeProfile(profile);
      if (errors.length) throw errors[0];
    },
  };
  try {
    let harnessEnv = {};
    if (harness) {
      harnessEnv = await configureHarness(profile, harness);
      await installExtension(profile, await packageHarness());
    }
    for (const vsix of extensions) await installExtension(profile, vsix);
    server = await startCodeServer({ profile, env: { ...env, ...harnessEnv }, args: serverArgs });
  } catch (error) {
    await session.close().catch(() => {});
    throw error;
  }
  return session;
}

function readIfPresent(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/**
 * Opens `workspace` in a new tab (which starts an extension host, and with it the harness) and
 * waits for the harness's done-file.
 * @returns {Promise<{ exitCode: number, results?: object, error?: string, log?: string }>}
 */
async function runHarnessSuite(session, workspace, { timeoutMs = 300_000 } = {}) {
  if (!session.harness) throw new Error('runHarnessSuite: the session was started without `harness`');
  const out = path.resolve(session.harness.out);
  const doneFile = path.join(out, 'done');
  const { context } = await session.browser();
  const page = await context.newPage();
  try {
    await openWorkbench(page, session.server.folderUrl(workspace));
    await waitFor(() => fs.existsSync(doneFile), {
      what: `the harness to finish (${doneFile})`,
      timeoutMs,
      abort: () => (session.server.isRunning() ? undefined : 'code-server exited'),
    });
  } finally {
    await page.close();
  }
  const done = fs.readFileSync(doneFile, 'utf8');
  const exitCode = Number.parseInt(done, 10);
  const resultsText = readIfPresent(path.join(out, 'results.json'));
  return {
    exitCode: Number.isNaN(exitCode) ? 1 : exitCode,
    results: resultsText ? JSON.parse(resultsText) : undefined,
    error: exitCode === 0 ? undefined : done.replace(/^\d+\s*/, '').trim() || undefined,
    log: readIfPresent(path.join(out, 'harness.log')),
  };
}

module.exports = { packageHarness, startSession, runHarnessSuite };
