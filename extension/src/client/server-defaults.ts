import { commands, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SERVER_DEFAULTS_REQUEST } from '../shared/protocol';

/** "Keep-Alive: Show Known Server Defaults": the server's catalogue, rendered by the plugin, in a Markdown preview. */
export async function showServerDefaults(client: LanguageClient | undefined): Promise<void> {
  if (!client?.isRunning()) {
    void window.showWarningMessage('The Keep-Alive server is not running. Run "Keep-Alive: Restart Server" and try again.');
    return;
  }
  const markdown = await client.sendRequest<string>(SERVER_DEFAULTS_REQUEST);
  const document = await workspace.openTextDocument({ language: 'markdown', content: markdown });
  await commands.executeCommand('markdown.showPreview', document.uri);
}
