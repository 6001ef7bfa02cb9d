import { catalogMarkdown } from 'eslint-plugin-keepalive/inspect';
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  FileChangeType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  createConnection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ESLINT_CHANGED_NOTIFICATION, SERVER_DEFAULTS_REQUEST, SHOW_DOCUMENTATION_COMMAND, type InitializationOptions } from '../shared/protocol';
import { registerFeatures } from './features';
import { ConfigHints } from './config-hints';
import { DiscoveredFiles } from './discovered-files';
import { SettingsResolver } from './document-settings';
import { eslintCoverageAsker } from './eslint-coverage-asker';
import { Linting } from './linting';
import { Notices } from './notices';
import { isEslintConfig } from './dependents';
import { filePathOf } from './paths';
import { ProjectConfigs } from './project-config';
import { isCodeFile, openCodeOf, WorkspaceCode } from './workspace-code';

/** Edits closer together than this are a burst, linted once it has settled for this long. */
const DEBOUNCE_MS = 250;

// A code-action request cancelled before it ran answers `null` at once, so a save never waits for it.
const connection = createConnection(ProposedFeatures.all, {
  cancelUndispatched: (message) =>
    'method' in message && message.method === 'textDocument/codeAction' && 'id' in message
      ? { jsonrpc: '2.0', id: message.id as number | string, result: null }
      : undefined,
});
const documents = new TextDocuments(TextDocument);
const notices = new Notices(connection);

process.on('uncaughtException', (error) => notices.error(`Unexpected error (the server keeps running): ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => notices.error(`Unexpected rejection (the server keeps running): ${String(reason)}`));

let linting: Linting;
let codeFiles: WorkspaceCode;
let settings: SettingsResolver;
let projectConfigs: ProjectConfigs | null = null;
let folders: string[] = [];
let dynamicConfiguration = false;
const workspaceFolder = () => folders[0] ?? process.cwd();
const discoveredFiles = new DiscoveredFiles(() => folders, workspaceFolder);
let configHints: ConfigHints;
const refreshInlayHints = () => void connection.languages.inlayHint.refresh().catch(() => undefined);

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const initialization = params.initializationOptions as Partial<InitializationOptions> | undefined;
  const trusted = initialization?.trusted === true;
  folders = (params.workspaceFolders ?? []).map((folder) => filePathOf(folder.uri)).filter((path): path is string => path !== null);
  projectConfigs = trusted ? new ProjectConfigs(() => folders) : null;
  const workspace = params.capabilities.workspace;
  dynamicConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  settings = new SettingsResolver(connection, notices, {
    canPullConfiguration: workspace?.configuration === true,
    projectConfigs,
    eslintCoverage: eslintCoverageAsker(connection, documents, notices, initialization?.eslintCoverage === true),
  });
  codeFiles = new WorkspaceCode(() => openCodeOf(documents, (uri) => linting.cached(uri)));
  configHints = new ConfigHints(documents, codeFiles, settings, workspaceFolder);
  linting = new Linting(connection, documents, settings, notices, {
    debounceMs: DEBOUNCE_MS,
    cwd: workspaceFolder,
    lints: (uri) => {
      const document = documents.get(uri);
      return document !== undefined && !configHints.isConfig(document);
    },
    discovery: (filename) => discoveredFiles.of(filename),
    // A config document's hints count the open code documents' pools: they change when those do.
    linted: (uri, linted) => {
      if (configHints.codeChanged(uri, linted.outcome.inspection?.sites ?? [])) refreshInlayHints();
    },
  });
  registerFeatures({ connection, documents, linting, configHints, notices, canShowDocument: params.capabilities.window?.showDocument?.support === true });
  notices.log(
    `Keep-Alive server started (Node ${process.version}); ${trusted ? 'trusted workspace: project ESLint configs are read' : 'untrusted workspace: project ESLint configs are not loaded'}.`,
  );
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      inlayHintProvider: true,
      hoverProvider: true,
      executeCommandProvider: { commands: [SHOW_DOCUMENTATION_COMMAND] },
    },
    serverInfo: { name: 'keepalive-lint' },
  };
});

connection.onInitialized(() => {
  discoveredFiles.start();
  if (dynamicConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'keepalive' });
});

connection.onDidChangeConfiguration(() => {
  settings.clear();
  linting.relintAll();
  refreshInlayHints();
});

// eslint.config.* changed (the client watches them): forget every loaded config. A config file that discovery
// reads (nginx.conf, *.tf…) changed: read them again, and lint the open documents against the new targets. Any
// other source file changed: re-lint the open documents that read it, and count its pools in config files' hints.
connection.onDidChangeWatchedFiles(async ({ changes }) => {
  const uris = changes.map((change) => change.uri);
  // A deleted folder is reported as the folder alone: any deletion may have taken code files with it.
  const codeChanges = changes.filter((change) => change.type === FileChangeType.Deleted || isCodeFile(change.uri));
  codeFiles.changed(codeChanges.map((change) => filePathOf(change.uri)).filter((path): path is string => path !== null));
  const discovered = discoveredFiles.concerned(changes);
  if (discovered.length > 0) await discoveredFiles.changed();
  if (uris.some(isEslintConfig)) {
    projectConfigs?.clear();
    settings.clear();
    linting.relintAll();
  } else if (discovered.length > 0) linting.relintAll();
  else linting.relintDependents(uris);
  if (discovered.length > 0 || configHints.anyOpen()) refreshInlayHints();
});

// The ESLint extension started, stopped, or its settings changed: who reports may have changed for any document.
connection.onNotification(ESLINT_CHANGED_NOTIFICATION, () => {
  settings.clear();
  linting.relintAll();
});

connection.onRequest(SERVER_DEFAULTS_REQUEST, () => catalogMarkdown());

// Also fired on open: a document seen for the first time is linted at once, later edits as `schedule` decides.
// A config document is not linted: its hints are made on request from its text as it is then.
documents.onDidChangeContent((event) => {
  if (configHints.isConfig(event.document)) return;
  if (linting.cached(event.document.uri)) linting.schedule(event.document);
  else void linting.lint(event.document.uri);
});
documents.onDidClose((event) => {
  settings.clear(event.document.uri);
  configHints.forget(event.document.uri);
  if (!configHints.isConfig(event.document)) linting.forget(event.document.uri);
});

documents.listen(connection);
connection.listen();
