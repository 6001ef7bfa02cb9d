import { Disposable, commands, window, workspace, type ExtensionContext, type LogOutputChannel } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { followEslintExtension } from './eslint-extension';
import { createLanguageClient } from './language-client';
import { ReportingStatus } from './reporting-status';
import { showServerDefaults } from './server-defaults';
import { USE_DISCOVERED_COMMAND } from '../shared/protocol';
import { useDiscoveredTargets } from './use-discovered';

let client: LanguageClient | undefined;
/** What listens to the running client; replaced with it on a restart. */
let clientListeners: Disposable | undefined;
let output: LogOutputChannel;
let status: ReportingStatus;

export async function activate(context: ExtensionContext): Promise<void> {
  output = window.createOutputChannel('Keep-Alive', { log: true });
  status = new ReportingStatus();
  context.subscriptions.push(
    output,
    status,
    { dispose: () => clientListeners?.dispose() },
    commands.registerCommand('keepalive.restartServer', () => restart(context)),
    commands.registerCommand('keepalive.showServerDefaults', () => showServerDefaults(client)),
    commands.registerCommand(USE_DISCOVERED_COMMAND, useDiscoveredTargets),
    // Trust changes what the server may load (the project's ESLint config): start it again with the new state.
    workspace.onDidGrantWorkspaceTrust(() => restart(context)),
  );
  await start(context);
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

async function start(context: ExtensionContext): Promise<void> {
  client = createLanguageClient(context, output);
  clientListeners?.dispose();
  clientListeners = Disposable.from(followEslintExtension(client), status.follow(client));
  try {
    await client.start();
    output.info(`Keep-Alive client started (workspace ${workspace.isTrusted ? 'trusted' : 'untrusted'}).`);
  } catch (error) {
    output.error(`Keep-Alive server failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    void window.showErrorMessage('The Keep-Alive server failed to start (see the Keep-Alive output).');
  }
}

async function restart(context: ExtensionContext): Promise<void> {
  const previous = client;
  client = undefined;
  try {
    await previous?.stop();
  } catch (error) {
    output.warn(`Stopping the Keep-Alive server: ${String(error)}`);
  }
  await start(context);
}
