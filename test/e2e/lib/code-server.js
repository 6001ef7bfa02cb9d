'use strict';
// code-server (a real VS Code) for e2e runs: a fresh profile per run, extensions installed from
// .vsix files, the server bound to 127.0.0.1 in its own process group, and vsix packaging.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const http = require('node:http');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { CODE_SERVER_BIN, VSCE_BIN } = require('./paths');
const { runCommand, trackProcessGroup, stopProcessGroup } = require('./process');
const { waitFor } = require('./wait');

const HOST = '127.0.0.1';

// Quiet, deterministic workbench: nothing to dismiss, nothing that reaches the network.
const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'editor.inlayHints.enabled': 'on',
  'editor.minimap.enabled': false,
  'git.enabled': false,
  'typescript.disableAutomaticTypeAcquisition': true,
  // In the browser VS Code saves after 1 s by default; desktop VS Code does not. Off, so an edit stays
  // unsaved until a test saves it (and a test that only applies an edit never writes the file).
  'files.autoSave': 'off',
  'remote.autoForwardPorts': false,
  // npm task detection opens package.json, which activates the JSON extensions seconds after start;
  // VS Code 1.100 cancels a kind-filtered code-action request (Ctrl+.) in flight when any extension
  // registers a code-action provider, as those do.
  'npm.autoDetect': 'off',
};

function requireInstalled(file, what) {
  if (!fs.existsSync(file)) {
    throw new Error(`${what} not found at ${file}; run "bash test/e2e/setup.sh" first`);
  }
}

function requireFile(file, what) {
  if (!fs.existsSync(file)) throw new Error(`${what} not found: ${file}`);
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * A fresh temp profile: user data (with settings.json), extensions, HOME and config.yaml, so
 * nothing reads or writes the real home directory.
 * @param {{ settings?: Record<string, unknown> }} [options] merged over DEFAULT_SETTINGS
 */
async function createProfile({ settings = {} } = {}) {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'keepalive-e2e-'));
  const profile = {
    root,
    userDataDir: path.join(root, 'user-data'),
    extensionsDir: path.join(root, 'extensions'),
    home: path.join(root, 'home'),
    configFile: path.join(root, 'config.yaml'),
    logFile: path.join(root, 'code-server.log'),
  };
  await fsp.mkdir(path.join(profile.userDataDir, 'User'), { recursive: true });
  await fsp.mkdir(profile.extensionsDir);
  await fsp.mkdir(profile.home);
  const merged = { ...DEFAULT_SETTINGS, ...settings };
  await fsp.writeFile(path.join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(merged, null, 2));
  await fsp.writeFile(profile.configFile, 'auth: none\ncert: false\n');
  return profile;
}

async function removeProfile(profile) {
  await fsp.rm(profile.root, { recursive: true, force: true });
}

function profileArgs(profile) {
  return ['--config', profile.configFile, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

function profileEnv(profile, extra = {}) {
  return { ...process.env, ...extra, HOME: profile.home };
}

/** Installs a .vsix into the profile (about a second). */
async function installExtension(profile, vsixPath) {
  requireInstalled(CODE_SERVER_BIN, 'code-server');
  requireFile(vsixPath, 'extension package');
  const { stdout } = await runCommand(
    CODE_SERVER_BIN,
    [...profileArgs(profile), '--install-extension', path.resolve(vsixPath)],
    { env: profileEnv(profile) },
  );
  if (!/successfully installed/i.test(stdout)) {
    throw new Error(`code-server did not confirm installing ${vsixPath}:\n${stdout}`);
  }
}

/** Resolves with the HTTP status of GET url, or 0 when nothing answers. */
function httpStatus(url) {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.setTimeout(2_000, () => request.destroy());
    request.once('error', () => resolve(0));
  });
}

function logTail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Starts code-server on 127.0.0.1 in its own process group (detached = setsid), so stop() also
 * ends the extension hosts and file watchers it forks. Resolves once /healthz answers 200.
 * @param {{ profile: object, port?: number, env?: Record<string, string>, args?: string[], readyTimeoutMs?: number }} options
 *   env: extra variables for the server, which its extension hosts inherit; args: extra command-line
 *   arguments (e.g. `['--log', 'trace']`).
 */
async function startCodeServer({ profile, port, env = {}, args: extraArgs = [], readyTimeoutMs = 60_000 }) {
  requireInstalled(CODE_SERVER_BIN, 'code-server');
  const chosenPort = port ?? (await freePort());
  const args = [
    ...profileArgs(profile),
    '--bind-addr', `${HOST}:${chosenPort}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...extraArgs,
  ];
  const logFd = fs.openSync(profile.logFile, 'a');
  const child = spawn(CODE_SERVER_BIN, args, {
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: profileEnv(profile, env),
  });
  fs.closeSync(logFd);
  if (child.pid) trackProcessGroup(child.pid);
  let exit;
  child.once('exit', (code, signal) => { exit = signal ?? `code ${code}`; });
  child.once('error', (error) => { exit = error.message; });

  const url = `http://${HOST}:${chosenPort}`;
  const server = {
    pid: child.pid,
    port: chosenPort,
    url,
    logFile: profile.logFile,
    /** Workbench URL that opens `folder` (an absolute path on this machine). */
    folderUrl(folder) {
      const target = new URL(url);
      target.searchParams.set('folder', path.resolve(folder));
      return target.href;
    },
    isRunning: () => exit === undefined,
    stop: () => (child.pid ? stopProcessGroup(child.pid) : Promise.resolve()),
  };
  try {
    await waitFor(async () => (await httpStatus(`${url}/healthz`)) === 200, {
      what: `code-server on ${url}`,
      timeoutMs: readyTimeoutMs,
      abort: () => exit && `it exited (${exit})`,
    });
  } catch (error) {
    await server.stop();
    throw new Error(`${error.message}\n--- ${profile.logFile} ---\n${logTail(profile.logFile)}`);
  }
  return server;
}

/**
 * Packages an extension folder into a .vsix with the vsce from .e2e/tools, without running
 * `npm list` (the extension must already hold or bundle what it needs).
 * @param {string[]} [extraArgs] e.g. ['--allow-missing-repository', '--skip-license']
 */
async function packageVsix(folder, outFile, extraArgs = []) {
  requireInstalled(VSCE_BIN, 'vsce');
  requireFile(path.join(folder, 'package.json'), 'extension manifest');
  const target = path.resolve(outFile);
  await fsp.mkdir(path.dirname(target), { recursive: true });
  await runCommand(VSCE_BIN, ['package', '--no-dependencies', '-o', target, ...extraArgs], { cwd: folder });
  requireFile(target, 'packaged .vsix');
  return target;
}

module.exports = {
  HOST,
  DEFAULT_SETTINGS,
  freePort,
  createProfile,
  removeProfile,
  installExtension,
  startCodeServer,
  packageVsix,
};
