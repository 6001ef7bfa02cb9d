'use strict';
// The compared systems, behind one interface: open a document or edit it, and get the diagnostics of exactly
// that version with the time they took. Each is measured the way an editor receives its diagnostics: ours
// pushes them (textDocument/publishDiagnostics, matched by version), the peer answers pulls
// (textDocument/diagnostic, sent right after the change, as VS Code's client does).
const { existsSync } = require('node:fs');
const { join } = require('node:path');
const { ESLint } = require('eslint');
const { LspClient } = require('./lsp-client');
const { REPO_ROOT } = require('./workspace');
// The Node flags the extension starts its server with (built by `npm run build`).
const { SERVER_NODE_FLAGS } = require('../../extension/out/shared/protocol');

const OUR_SERVER = join(REPO_ROOT, 'extension', 'dist', 'server.js');
const PEER_SERVER = join(REPO_ROOT, '.bench', 'peer', 'node_modules', 'vscode-langservers-extracted', 'bin', 'vscode-eslint-language-server');

/** keepalive-lint's server, as the extension starts it in a trusted workspace (it reads eslint.config.mjs). */
class OurServer {
  name = 'keepalive-lint';

  /**
   * @param {string} [serverPath] another build of the server (e.g. to compare with an earlier one)
   * @param {readonly string[]} [nodeFlags] Node flags in place of the extension's (to weigh other settings)
   */
  constructor(serverPath = OUR_SERVER, nodeFlags = SERVER_NODE_FLAGS) {
    this.serverPath = serverPath;
    this.nodeFlags = nodeFlags;
  }

  async start(workspace) {
    this.client = new LspClient({
      command: [...this.nodeFlags, this.serverPath, '--stdio'],
      workspace: workspace.path,
      initializationOptions: { trusted: true },
      configuration: () => ({}), // the `keepalive` section with every setting at its default
    });
    await this.client.initialize();
  }

  async open(uri, text) {
    const started = performance.now();
    const version = await this.client.open(uri, text);
    const { diagnostics, at } = await this.client.pushed(uri, version);
    return { diagnostics, ms: at - started };
  }

  async edit(uri, offset, length, text) {
    const started = performance.now();
    const version = await this.client.edit(uri, offset, length, text);
    const { diagnostics, at } = await this.client.pushed(uri, version);
    return { diagnostics, ms: at - started };
  }

  memory() {
    return this.client.memory();
  }

  stop() {
    return this.client.stop();
  }
}

/** vscode-eslint's server (vscode-langservers-extracted), with the settings VS Code's ESLint extension sends. */
class PeerServer {
  name = 'vscode-eslint';

  static available() {
    return existsSync(PEER_SERVER) ? null : `${PEER_SERVER} is missing (bench/lsp/setup.sh did not install it)`;
  }

  async start(workspace) {
    const settings = peerSettings(workspace);
    this.client = new LspClient({ command: [PEER_SERVER, '--stdio'], workspace: workspace.path, configuration: () => settings });
    await this.client.initialize();
  }

  async open(uri, text) {
    const started = performance.now();
    await this.client.open(uri, text);
    const { diagnostics, at } = await this.client.pull(uri);
    return { diagnostics, ms: at - started };
  }

  async edit(uri, offset, length, text) {
    const started = performance.now();
    await this.client.edit(uri, offset, length, text);
    const { diagnostics, at } = await this.client.pull(uri);
    return { diagnostics, ms: at - started };
  }

  memory() {
    return this.client.memory();
  }

  stop() {
    return this.client.stop();
  }
}

/**
 * The whole `eslint` settings section as the vscode-eslint client answers workspace/configuration (section '').
 * The server reads every one of these; `nodePath: null` and `experimental` must be present or it fails.
 */
function peerSettings(workspace) {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental: { useFlatConfig: false },
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { enable: false, mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workspaceFolder: { name: 'bench', uri: workspace.uri },
  };
}

/**
 * The fallback when the peer cannot run: ESLint#lintText of the whole text per edit, with the workspace's
 * flat config, in this process (so it has no server, no protocol cost and no RSS of its own).
 */
class LintTextBaseline {
  name = 'ESLint#lintText';
  texts = new Map();

  async start(workspace) {
    this.workspace = workspace;
    this.eslint = new ESLint({ cwd: workspace.path });
  }

  async open(uri, text) {
    this.texts.set(uri, text);
    return this.lint(uri);
  }

  async edit(uri, offset, length, text) {
    const old = this.texts.get(uri);
    this.texts.set(uri, old.slice(0, offset) + text + old.slice(offset + length));
    return this.lint(uri);
  }

  async lint(uri) {
    const started = performance.now();
    const [result] = await this.eslint.lintText(this.texts.get(uri), { filePath: new URL(uri).pathname });
    return { diagnostics: result.messages, ms: performance.now() - started };
  }

  memory() {
    return null;
  }

  async stop() {}
}

module.exports = { OurServer, PeerServer, LintTextBaseline, OUR_SERVER, SERVER_NODE_FLAGS };
