import { workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_DOCUMENT_PATTERNS, DISCOVERED_FILES_GLOB } from '../shared/discovered-files';
import { CLIENT_ID, SERVER_NODE_FLAGS, UNTITLED_FILE_NAMES, type InitializationOptions } from '../shared/protocol';

const LANGUAGES = Object.keys(UNTITLED_FILE_NAMES);

/** The client for the bundled server (`dist/server.js`), started over IPC. */
export function createLanguageClient(context: ExtensionContext, output: LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6019'] } },
  };
  const initializationOptions: InitializationOptions = { trusted: workspace.isTrusted, eslintCoverage: true };
  const clientOptions: LanguageClientOptions = {
    // Code documents by language; config files (nginx.conf, *.tf, YAML…) by name, whatever language shows them,
    // for their inlay hints and hovers only (the server lints none of them).
    documentSelector: [
      ...LANGUAGES.flatMap((language) => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      ...CONFIG_DOCUMENT_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
    ],
    outputChannel: output,
    initializationOptions,
    // A changed ESLint config changes the settings and rule levels of a trusted workspace; a changed source file
    // changes what the open documents that import it resolve (the server re-lints those) and the pools that config
    // files' hints count; a changed nginx.conf, *.tf… changes the targets of `'discovered'`.
    synchronize: {
      fileEvents: [
        workspace.createFileSystemWatcher('**/eslint.config.{js,mjs,cjs,ts,mts,cts}'),
        workspace.createFileSystemWatcher('**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,java,go}'),
        workspace.createFileSystemWatcher(DISCOVERED_FILES_GLOB),
      ],
    },
  };
  return new LanguageClient(CLIENT_ID, 'Keep-Alive', serverOptions, clientOptions);
}
