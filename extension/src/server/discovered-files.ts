import { discover, fileKindOf, forgetDiscoveries, loadDiscoveryParsers, useWorkspaceFolders } from 'eslint-plugin-keepalive/inspect';
import type { FileEvent } from 'vscode-languageserver';
import { filePathOf } from './paths';

/**
 * What the server does for `'discovered'` targets: names the workspace folders as roots, loads the parsers discovery needs once at start (so the first
 * lint reads Terraform files too), and when a watched config file changes, forgets what was read and reads the
 * workspace folders again before the open documents are linted again.
 */
export class DiscoveredFiles {
  constructor(private readonly folders: () => readonly string[]) {}

  start(): void {
    // The server lints with `/` as ESLint's working folder: outside a repository, the workspace folder is the root.
    useWorkspaceFolders(this.folders());
    void loadDiscoveryParsers();
  }

  /** The changes that concern discovery (the others are ESLint configs). */
  concerned(changes: readonly FileEvent[]): FileEvent[] {
    return changes.filter((change) => {
      const path = filePathOf(change.uri);
      return path !== null && fileKindOf(path.split(/[\\/]/).join('/')) !== undefined;
    });
  }

  /** Forgets every discovery and reads each workspace folder again (the repository root of a file may be above it). */
  async changed(): Promise<void> {
    forgetDiscoveries();
    await Promise.all(this.folders().map((folder) => discover(folder).catch(() => undefined)));
  }
}
