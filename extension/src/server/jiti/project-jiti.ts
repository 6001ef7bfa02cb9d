import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * ESLint loads an `eslint.config.ts` with `jiti`, which it imports by name. Inside the bundled server that name
 * would resolve next to the bundle, where nothing is installed, so the bundle maps `jiti` to this module, which
 * loads the project's own copy: a project with a TypeScript config has `jiti` installed for `eslint` itself.
 */
let projectFolders: () => readonly string[] = () => [];

/** Where to look for the project's `jiti`: the workspace folders, first to last. */
export function findJitiIn(folders: () => readonly string[]): void {
  projectFolders = folders;
}

interface JitiModule {
  createJiti(id: string, options?: object): unknown;
}

/** The project's `jiti` and its version; throws when no workspace folder can resolve it. */
export function projectJiti(): { readonly module: JitiModule; readonly version: string } {
  for (const folder of projectFolders()) {
    const load = createRequire(join(folder, 'package.json'));
    let version: string;
    try {
      version = (load('jiti/package.json') as { version: string }).version;
    } catch {
      continue;
    }
    return { module: load('jiti') as JitiModule, version };
  }
  throw new Error(`jiti is not installed in ${projectFolders().join(', ') || 'the workspace'}`);
}
