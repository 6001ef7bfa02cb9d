import { ConfigurationTarget, Uri, window, workspace } from 'vscode';
import { SETTINGS_SECTION, type UseDiscoveredArguments } from '../shared/protocol';

/**
 * The command behind "Use the servers discovered in this workspace": writes the new `keepalive.servers` /
 * `keepalive.frontedBy` where VS Code users keep per-project settings: the folder's settings when the value is set
 * there, else the workspace's (`.vscode/settings.json`), else the user's when no folder is open. The change of
 * settings makes the server lint every open document again.
 */
export async function useDiscoveredTargets(argument: unknown): Promise<void> {
  if (!isArguments(argument)) {
    void window.showErrorMessage('Keep-Alive: the "use the discovered servers" fix was given no settings to write.');
    return;
  }
  const configuration = workspace.getConfiguration(SETTINGS_SECTION, Uri.parse(argument.uri));
  for (const [key, value] of Object.entries(argument.settings)) {
    const inspected = configuration.inspect(key);
    const target =
      inspected?.workspaceFolderValue !== undefined
        ? ConfigurationTarget.WorkspaceFolder
        : workspace.workspaceFolders?.length
          ? ConfigurationTarget.Workspace
          : ConfigurationTarget.Global;
    await configuration.update(key, value, target);
  }
}

function isArguments(value: unknown): value is UseDiscoveredArguments {
  if (typeof value !== 'object' || value === null) return false;
  const { uri, settings } = value as Record<string, unknown>;
  return (
    typeof uri === 'string' &&
    typeof settings === 'object' &&
    settings !== null &&
    Object.entries(settings).every(([key, entry]) => (key === 'servers' || key === 'frontedBy') && Array.isArray(entry))
  );
}
