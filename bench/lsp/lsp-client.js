'use strict';
// A minimal LSP client over stdio for the benchmark: starts a server process, answers its requests the way an
// editor does, keeps the documents' text in step with the edits it sends, and records pushed diagnostics with
// the time they arrived.
const { spawn } = require('node:child_process');
const { readFileSync } = require('node:fs');
const { pathToFileURL } = require('node:url');
const {
  ConfigurationRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} = require('vscode-languageserver-protocol/node');

class LspClient {
  /**
   * @param {object} options
   * @param {string[]} options.command the server's command line (run with this Node.js)
   * @param {string} options.workspace the folder opened as the workspace
   * @param {(item: { section?: string, scopeUri?: string }) => unknown} options.configuration answers workspace/configuration
   * @param {object} [options.initializationOptions]
   */
  constructor({ command, workspace, configuration, initializationOptions }) {
    this.workspace = workspace;
    this.child = spawn(process.execPath, command, { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    this.stderr = '';
    this.child.stderr.on('data', (chunk) => (this.stderr += chunk.toString()));
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.initializationOptions = initializationOptions;
    /** uri → [{ version, diagnostics, at }] */
    this.published = new Map();
    this.waiters = new Set();
    this.documents = new Map();
    this.logs = [];
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(configuration));
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('client/unregisterCapability', () => null);
    this.connection.onRequest('workspace/inlayHint/refresh', () => null);
    this.connection.onRequest('workspace/diagnostic/refresh', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onRequest('window/showMessageRequest', () => null);
    this.connection.onNotification('window/logMessage', (params) => this.logs.push(params.message));
    this.connection.onNotification('window/showMessage', (params) => this.logs.push(params.message));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const at = performance.now();
      const list = this.published.get(params.uri) ?? [];
      list.push({ version: params.version, diagnostics: params.diagnostics, at });
      this.published.set(params.uri, list);
      for (const waiter of [...this.waiters]) waiter();
    });
    this.connection.onUnhandledNotification(() => undefined);
    this.connection.listen();
  }

  async initialize() {
    const rootUri = pathToFileURL(this.workspace).href;
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      initializationOptions: this.initializationOptions,
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: false } },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, dataSupport: true },
          inlayHint: {},
          hover: { contentFormat: ['markdown'] },
        },
      },
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  async open(uri, text, languageId = 'javascript') {
    this.documents.set(uri, { text, version: 1 });
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return 1;
  }

  /** Replaces `length` characters at `offset` with `text` (an incremental change); returns the new version. */
  async edit(uri, offset, length, text) {
    const document = this.documents.get(uri);
    const range = { start: positionAt(document.text, offset), end: positionAt(document.text, offset + length) };
    document.text = document.text.slice(0, offset) + text + document.text.slice(offset + length);
    document.version++;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: document.version },
      contentChanges: [{ range, text }],
    });
    return document.version;
  }

  text(uri) {
    return this.documents.get(uri).text;
  }

  /**
   * The first pushed diagnostics for `uri` at `version` (already here or still to come), with their arrival time.
   * Rejects after `timeoutMs`, naming what did arrive, so a server that never answers cannot stall the run.
   */
  pushed(uri, version, timeoutMs = 60_000) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.published.get(uri)?.find((entry) => entry.version === version);
        if (!found) return false;
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        const seen = (this.published.get(uri) ?? []).map((entry) => entry.version).join(', ') || 'none';
        reject(new Error(`no diagnostics for version ${version} of ${uri} within ${timeoutMs / 1000} s (versions published: ${seen}; server log: ${this.logs.slice(-3).join(' / ')}${this.stderr.slice(-500)})`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }

  /** Pulls the diagnostics of a document (textDocument/diagnostic). */
  async pull(uri) {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    return { diagnostics: report.items ?? [], at: performance.now() };
  }

  /** Resident set size and its peak, in bytes, of the server process (Linux /proc). */
  memory() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { rss: field('VmRSS'), peak: field('VmHWM') };
  }

  get alive() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async stop() {
    if (this.alive) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      const timer = setTimeout(() => this.child.kill(), 5000);
      await this.connection.sendRequest(ShutdownRequest.type).catch(() => undefined);
      await this.connection.sendNotification(ExitNotification.type).catch(() => undefined);
      await exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }
}

function positionAt(text, offset) {
  let line = 0;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, character: offset - lineStart };
}

module.exports = { LspClient };
