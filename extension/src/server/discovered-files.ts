import { discover, discoverNow, discoveryRootOf, fileKindOf, forgetDiscoveries, loadDiscoveryParsers, useWorkspaceFolders, type Discovery } from 'eslint-plugin-keepalive/inspect';
import type { FileEvent } from 'vscode-languageserver';
import { filePathOf } from './paths';

/**
 * What the server reads of the workspace's config files: names the workspace folders as roots, loads the parsers
 * discovery needs once at start (so the first lint reads Terraform files too), keeps each root's discovery for the
 * hovers and quick fixes of code documents, and when a watched config file changes, forgets what was read and reads
 * the workspace folders again before the open documents are linted again.
 */
export class DiscoveredFiles {
  /** Per root: read once, then only again when the watcher reports a config file (never on a timer while typing). */
  private readonly discoveries = new Map<string, Discovery>();

  constructor(
    private readonly folders: () => readonly string[],
    private readonly cwd: () => string,
  ) {}

  start(): void {
    // The server lints with `/` as ESLint's working folder: outside a repository, the workspace folder is the root.
    useWorkspaceFolders(this.folders());
    void loadDiscoveryParsers();
  }

  /** The discovery of a linted file's repository (one whose parser is still loading is read again next time). */
  of(filename: string): Discovery {
    const root = discoveryRootOf(filename, this.cwd());
    const known = this.discoveries.get(root);
    if (known) return known;
    const discovery = discoverNow(root);
    if (discovery.pending.length === 0) this.discoveries.set(root, discovery);
    return discovery;
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
    this.discoveries.clear();
    await Promise.all(this.folders().map((folder) => discover(folder).catch(() => undefined)));
  }
}
