import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_IGNORED_FOLDERS, VERSION_CONTROL_FOLDERS } from '../cli/default-ignores';
import { sourceKindOf } from '../cli/source-kinds';
import { fileKindOf, type FileKind } from './formats';

/** Bounds on one walk, so a huge tree (a home folder opened as a workspace) costs a known amount. */
const MAX_ENTRIES = 50_000;
const MAX_DEPTH = 12;
const SKIPPED = new Set([...DEFAULT_IGNORED_FOLDERS, ...VERSION_CONTROL_FOLDERS, '.terraform']);

export interface ListedFile<Kind = FileKind> {
  /** Relative to the root, `/` separators. */
  readonly path: string;
  readonly kind: Kind;
}

/**
 * The config files under a root: installed packages, built output and version-control folders are skipped (as the
 * CLI skips them), and so are symbolic links to folders. `truncated`: the walk stopped at its bounds.
 */
export function listConfigFiles(root: string): { readonly files: ListedFile[]; readonly truncated: boolean } {
  return listFiles(root, fileKindOf);
}

/** The source files the CLI lints (JavaScript, TypeScript, Java, Go) under a root, within the same bounds: for an editor's view of a repository's code. */
export function listCodeFiles(root: string): { readonly paths: string[]; readonly truncated: boolean } {
  const { files, truncated } = listFiles(root, (path) => (sourceKindOf(path) ? true : undefined));
  return { paths: files.map((file) => file.path), truncated };
}

function listFiles<Kind>(root: string, kindOf: (path: string) => Kind | undefined): { readonly files: ListedFile<Kind>[]; readonly truncated: boolean } {
  const files: ListedFile<Kind>[] = [];
  let entries = 0;
  const visit = (relative: string, depth: number): boolean => {
    let listing;
    try {
      listing = readdirSync(relative ? join(root, relative) : root, { withFileTypes: true });
    } catch {
      return true; // an unreadable folder holds nothing discovery can read
    }
    for (const entry of listing) {
      if (++entries > MAX_ENTRIES) return false;
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (SKIPPED.has(entry.name) || depth >= MAX_DEPTH) continue;
        if (!visit(path, depth + 1)) return false;
      } else if (entry.isFile()) {
        const kind = kindOf(path);
        if (kind) files.push({ path, kind });
      }
    }
    return true;
  };
  const complete = visit('', 0);
  return { files: files.sort((a, b) => a.path.localeCompare(b.path)), truncated: !complete };
}
