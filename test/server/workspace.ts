import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A folder with the given files, outside the repository (so no package.json or ESLint config above it counts). */
export class Workspace {
  readonly path: string;

  constructor(files: Record<string, string> = {}) {
    this.path = mkdtempSync(join(tmpdir(), 'keepalive-lsp-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.path, name)), { recursive: true });
      writeFileSync(join(this.path, name), text);
    }
  }

  uri(name: string): string {
    return pathToFileURL(join(this.path, name)).href;
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** A workspace whose node_modules holds the given installed packages (linked from this repository's). */
export function projectWith(files: Record<string, string>, packages: readonly string[]): Workspace {
  const project = new Workspace(files);
  mkdirSync(join(project.path, 'node_modules'));
  for (const name of packages) {
    symlinkSync(dirname(require.resolve(`${name}/package.json`)), join(project.path, 'node_modules', name), 'dir');
  }
  return project;
}
