'use strict';
// One e2e run against the packaged extension: fresh copies of the fixture workspace, one
// code-server with the .vsix and the harness installed, the API suite inside the extension host,
// then the UI flow in chromium. Prints every result and ends with "N passed, N failed".
// Environment: KEEPALIVE_E2E_VSIX (default extension/keepalive-lint.vsix), KEEPALIVE_E2E_API=0 or
// KEEPALIVE_E2E_UI=0 to skip a part, KEEPALIVE_E2E_KEEP=1 to keep the code-server profile (logs) of
// a passing run too, KEEPALIVE_E2E_PGID_FILE to publish code-server's process group for run.sh,
// KEEPALIVE_E2E_TRACE=1 to record every LSP message between VS Code and the server in the profile's
// logs (keepalive.trace.server "verbose"; the client only traces at log level Trace, so code-server
// runs with --log trace).
const fs = require('node:fs');
const path = require('node:path');
const { E2E_DIR, PROJECT_ROOT } = require('./lib/paths');
const { startSession, runHarnessSuite } = require('./lib/session');
const { copyWorkspace, packageFolder } = require('./lib/workspace');
const { formatRun, formatTests, summaryLine } = require('./lib/report');
const { HANG_GUARD_MS } = require('./lib/workbench');
const { runEditorFlow } = require('./ui/editor-flow');
const { runDiagnosticsOffFlow } = require('./ui/diagnostics-off-flow');
const { runJavaFlow } = require('./ui/java-flow');

const FIXTURE = path.join(__dirname, 'fixtures', 'workspace');
const SUITE = path.join(__dirname, 'suite');
const RESULTS_DIR = path.join(E2E_DIR, 'results');
const SHOTS_DIR = path.join(E2E_DIR, 'shots');
const VSIX = path.resolve(process.env.KEEPALIVE_E2E_VSIX ?? path.join(PROJECT_ROOT, 'extension', 'keepalive-lint.vsix'));
const UI_VIEWPORT = { width: 1120, height: 800 };
const WITH_API = process.env.KEEPALIVE_E2E_API !== '0';
const WITH_UI = process.env.KEEPALIVE_E2E_UI !== '0';
const TRACE = process.env.KEEPALIVE_E2E_TRACE === '1';

// run.sh passes its own start time, so both report seconds since the run began.
const started = Number(process.env.KEEPALIVE_E2E_STARTED_MS) || Date.now();
const log = (line) => console.log(`[e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);

/** The API suite in the extension host; adds its results to `tally`. */
async function runApiSuite(session, workspace, tally) {
  // Hang guards only: the whole suite took about 55 s in the extension host of a loaded machine.
  const api = await runHarnessSuite(session, workspace, { timeoutMs: 480_000 });
  const report = formatRun(api);
  log(`API suite: ${report.passed} passed, ${report.failed} failed (VS Code ${api.results?.vscodeVersion ?? '?'}, ${api.results?.ms ?? '?'} ms in the extension host)`);
  console.log(report.lines.join('\n'));
  tally.passed += report.passed;
  tally.failed += report.failed;
  if (report.failed > 0) log(`harness output: ${path.relative(PROJECT_ROOT, RESULTS_DIR)}/api/ (harness.log, results.json)`);
}

/** A UI flow in a new tab of the session's browser; adds its results to `tally`. */
async function runUiFlow(session, workspace, tally, { name, flow, shotsDir }) {
  const { context } = await session.browser();
  const page = await context.newPage();
  // About the width a README shows an image at without scaling it down much.
  await page.setViewportSize(UI_VIEWPORT);
  page.setDefaultTimeout(HANG_GUARD_MS);
  const tests = await flow({ page, url: session.server.folderUrl(workspace), workspace, shotsDir, log });
  await page.close();
  const report = formatTests(tests);
  log(`${name}: ${report.passed} passed, ${report.failed} failed (screenshots in ${path.relative(PROJECT_ROOT, shotsDir)}/)`);
  console.log(report.lines.join('\n'));
  tally.passed += report.passed;
  tally.failed += report.failed;
}

/** Merges `settings` into the workspace's .vscode/settings.json (plain JSON, as the fixture's is). */
function addWorkspaceSettings(workspace, settings) {
  const file = path.join(workspace, '.vscode', 'settings.json');
  const current = JSON.parse(fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, `${JSON.stringify({ ...current, ...settings }, null, 2)}\n`);
}

/** Stops code-server's whole process group; a failed run keeps the profile (logs) for a look. */
async function stopSession(session, keepProfile) {
  const logFile = session.profile.logFile;
  try {
    await session.close({ keepProfile });
    if (process.env.KEEPALIVE_E2E_PGID_FILE) fs.rmSync(process.env.KEEPALIVE_E2E_PGID_FILE, { force: true });
    log(keepProfile ? `stopped; code-server log kept: ${logFile}` : 'stopped');
  } catch (error) {
    // Reported, but the tests' verdict stands; run.sh still ends the process group.
    log(`stopping code-server failed: ${error.message}`);
  }
}

/** @returns {Promise<{ passed: number, failed: number }>} */
async function main() {
  const tally = { passed: 0, failed: 0 };
  if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} not found: run "npm run package" first`);
  // The workspace's eslint.config.js imports the plugin, as a project that installed it would.
  const packages = { 'eslint-plugin-keepalive': packageFolder('eslint-plugin-keepalive', PROJECT_ROOT) };
  const workspaces = [];
  let session;
  try {
    // One copy per part: the UI flow saves its fix to disk, the API suite changes settings, the third
    // one turns keepalive.diagnostics off, the Java flow edits its file.
    for (let copies = 0; copies < 4; copies++) workspaces.push(await copyWorkspace(FIXTURE, { packages }));
    addWorkspaceSettings(workspaces[2].path, { 'keepalive.diagnostics': 'never' });
    fs.rmSync(SHOTS_DIR, { recursive: true, force: true });
    // A test may wait the suite's whole hang guard (120 s, suite/support.js) and then fail with its own message.
    const harness = WITH_API ? { suite: SUITE, out: path.join(RESULTS_DIR, 'api'), testTimeoutMs: 150_000 } : undefined;
    const trace = TRACE ? { settings: { 'keepalive.trace.server': 'verbose' }, serverArgs: ['--log', 'trace'] } : {};
    session = await startSession({ extensions: [VSIX], harness, ...trace });
    if (process.env.KEEPALIVE_E2E_PGID_FILE) fs.writeFileSync(process.env.KEEPALIVE_E2E_PGID_FILE, `${session.server.pid}\n`);
    log(`code-server ${session.server.url} (process group ${session.server.pid}), ${path.relative(PROJECT_ROOT, VSIX)} installed`);
    if (WITH_API) await runApiSuite(session, workspaces[0].path, tally);
    if (WITH_UI) {
      await runUiFlow(session, workspaces[1].path, tally, { name: 'UI flow', flow: runEditorFlow, shotsDir: SHOTS_DIR });
      const shotsDir = path.join(SHOTS_DIR, 'diagnostics-off');
      await runUiFlow(session, workspaces[2].path, tally, { name: 'UI flow, diagnostics off', flow: runDiagnosticsOffFlow, shotsDir });
      await runUiFlow(session, workspaces[3].path, tally, { name: 'UI flow, Java', flow: runJavaFlow, shotsDir: path.join(SHOTS_DIR, 'java') });
    }
  } catch (error) {
    // Whatever ran before still counts; the part that broke off is one failure.
    console.error(`e2e run broke off: ${error instanceof Error ? error.message : String(error)}`);
    tally.failed += 1;
  } finally {
    if (session) await stopSession(session, tally.failed > 0 || process.env.KEEPALIVE_E2E_KEEP === '1');
    for (const workspace of workspaces) await workspace.remove();
  }
  return tally;
}

// The summary is the last line printed, after code-server has stopped.
main().then(
  ({ passed, failed }) => {
    console.log(summaryLine(passed, failed));
    process.exitCode = failed === 0 ? 0 : 1;
  },
  (error) => {
    console.error(`e2e run failed: ${error instanceof Error ? error.message : String(error)}`);
    console.log(summaryLine(0, 1));
    process.exitCode = 1;
  },
);
