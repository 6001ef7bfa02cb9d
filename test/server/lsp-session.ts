import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { SERVER_NODE_FLAGS } from 'keepalive-lint-vscode/out/shared/protocol';
import type * as Protocol from '../../extension/src/shared/protocol';
import { extensionModule } from './extension-module';
import {
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShowDocumentRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type ShowDocumentParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';

const { ESLINT_COVERAGE_REQUEST, REPORTING_NOTIFICATION } = extensionModule<typeof Protocol>('shared/protocol');

/** Answers the server's question whether the ESLint extension lints a document, as the VS Code client does. */
export type EslintCoverageAnswer = (params: Protocol.EslintCoverageParams) => Protocol.EslintCoverage;

/** The bundled server, as VS Code would start it. */
export const SERVER_PATH = require.resolve('keepalive-lint-vscode/dist/server.js');

/**
 * An LSP client over stdio to a real server process. It answers the server's own requests the way VS Code
 * does (settings from `settings`, registrations accepted, documents "shown") and records what it is told.
 */
export class LspSession {
  /** The `keepalive` settings section, as `workspace/configuration` answers it. */
  settings: Record<string, unknown> = {};
  readonly logs: string[] = [];
  readonly notifications: ShowMessageParams[] = [];
  readonly shownDocuments: ShowDocumentParams[] = [];
  readonly published = new Map<string, PublishDiagnosticsParams[]>();
  readonly versions = new Map<string, number>();
  /** Every `keepalive/reporting` notification per document: who reports its findings. */
  readonly reporting = new Map<string, Protocol.ReportingParams[]>();
  /** Set by `start({ eslint })`; the current answer may be replaced by a test. */
  eslint: EslintCoverageAnswer | undefined;
  initializeResult!: InitializeResult;
  /** Called after every message from the server, so a test can await a condition instead of sleeping. */
  private readonly listeners = new Set<() => void>();
  private readonly stderr: string[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {}

  /** @param options.eslint makes the session a client that answers `keepalive/eslintCoverage` (as VS Code's does) */
  static async start(options: { workspace: string; trusted: boolean; settings?: Record<string, unknown>; eslint?: EslintCoverageAnswer }): Promise<LspSession> {
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER_PATH, '--stdio'], { cwd: options.workspace, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const session = new LspSession(child, connection);
    session.settings = options.settings ?? {};
    session.eslint = options.eslint;
    child.stderr!.on('data', (chunk: Buffer) => session.stderr.push(chunk.toString()));
    session.listen();
    connection.listen();
    const workspaceUri = pathToFileURL(options.workspace).href;
    session.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: workspaceUri,
      workspaceFolders: [{ uri: workspaceUri, name: 'workspace' }],
      initializationOptions: { trusted: options.trusted, ...(options.eslint ? { eslintCoverage: true } : {}) },
      capabilities: {
        workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
        window: { showDocument: { support: true } },
        textDocument: {
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } }, dataSupport: true },
          inlayHint: {},
          hover: { contentFormat: ['markdown'] },
        },
      },
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  private listen(): void {
    const connection = this.connection;
    connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest(ShowDocumentRequest.type, (params) => {
      this.shownDocuments.push(params);
      return { success: true };
    });
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.onRequest(ESLINT_COVERAGE_REQUEST, (params: Protocol.EslintCoverageParams) => this.eslint?.(params) ?? null);
    connection.onNotification(REPORTING_NOTIFICATION, (params: Protocol.ReportingParams) =>
      this.record(() => this.reporting.set(params.uri, [...(this.reporting.get(params.uri) ?? []), params])),
    );
    connection.onRequest(ShowMessageRequest.type, (params) => {
      this.record(() => this.notifications.push(params));
      return null;
    });
    connection.onNotification(LogMessageNotification.type, (params) => this.record(() => this.logs.push(params.message)));
    connection.onNotification(ShowMessageNotification.type, (params) => this.record(() => this.notifications.push(params)));
    connection.onNotification(PublishDiagnosticsNotification.type, (params) =>
      this.record(() => this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params])),
    );
  }

  private record(update: () => void): void {
    update();
    for (const listener of [...this.listeners]) listener();
  }

  /** Resolves with the first defined value `probe` gives, checked now and after each message from the server. */
  async until<T>(probe: () => T | undefined): Promise<T> {
    for (;;) {
      const value = probe();
      if (value !== undefined) return value;
      await new Promise<void>((resolve) => {
        const listener = () => {
          this.listeners.delete(listener);
          resolve();
        };
        this.listeners.add(listener);
      });
    }
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text; returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return version;
  }

  /** Sends incremental changes, each a range of the text as it is after the ones before; returns the new version. */
  async edit(uri: string, changes: ReadonlyArray<{ range: Range; text: string }>): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [...changes] });
    return version;
  }

  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  /** The diagnostics of the first publish for `uri` (already received or still to come) that `accept` takes. */
  diagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean): Promise<Diagnostic[]> {
    return this.until(() => this.published.get(uri)?.find(accept)?.diagnostics);
  }

  /** The diagnostics published for the document's current version. */
  currentDiagnostics(uri: string): Promise<Diagnostic[]> {
    const version = this.versions.get(uri);
    return this.diagnostics(uri, (params) => params.version === version);
  }

  /** Resolves once the server has logged a line that `accept` takes. */
  logged(accept: (line: string) => boolean): Promise<string> {
    return this.until(() => this.logs.find(accept));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get errorOutput(): string {
    return this.stderr.join('');
  }

  async stop(): Promise<void> {
    if (this.alive) {
      const exited = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
      await exited;
    }
    this.connection.dispose();
  }
}
