import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
