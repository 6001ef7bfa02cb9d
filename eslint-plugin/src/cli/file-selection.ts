import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';
import { DEFAULT_IGNORED_FILE_GLOBS, DEFAULT_IGNORED_FOLDERS, VERSION_CONTROL_FOLDERS } from './default-ignores';
import { GitignoreRules } from './gitignore-rules';
import { sourceKindOf } from './source-kinds';

export type SkipReason = 'default' | 'ignore-pattern' | 'gitignore' | 'unreadable';

/** A file or folder the scan did not enter, and why: the summary lists these, so nothing is skipped silently. */
export interface Skipped {
  readonly path: string;
  readonly folder: boolean;
  readonly reason: SkipReason;
}

/** A path given on the command line under which no file is linted. */
export interface UnmatchedPath {
  readonly path: string;
  readonly skipped: readonly Skipped[];
}

export interface FileSelection {
  readonly files: readonly string[];
  readonly skipped: readonly Skipped[];
  readonly unmatched: readonly UnmatchedPath[];
}

export interface SelectionOptions {
  /** Where the paths are resolved from. */
  readonly cwd: string;
  /** What `--ignore-pattern` globs are relative to. */
  readonly patternBase: string;
  readonly ignorePatterns: readonly string[];
  readonly defaultIgnores: boolean;
  readonly gitignore: boolean;
}

const defaultFolders = new Set(DEFAULT_IGNORED_FOLDERS);

/**
 * The files to lint under the given paths. A path named on the command line is taken as given; inside folders,
 * `--ignore-pattern`, the default ignores and `.gitignore` decide. Symbolic links are not followed.
 */
export function selectFiles(paths: readonly string[], options: SelectionOptions): FileSelection {
  const files = new Set<string>();
  const skipped: Skipped[] = [];
  const unmatched: UnmatchedPath[] = [];
  for (const path of paths) {
    const absolute = resolve(options.cwd, path);
    const found: string[] = [];
    const skippedHere: Skipped[] = [];
    if (statSync(absolute).isDirectory()) {
      const gitignore = options.gitignore ? new GitignoreRules(absolute) : undefined;
      walk(absolute, { ...options, gitignore, found, skipped: skippedHere });
    } else if (sourceKindOf(absolute)) {
      found.push(absolute);
    }
    for (const file of found) files.add(file);
    skipped.push(...skippedHere);
    if (found.length === 0) unmatched.push({ path, skipped: skippedHere });
  }
  return { files: [...files], skipped, unmatched };
}

interface Walk extends Omit<SelectionOptions, 'gitignore'> {
  readonly gitignore: GitignoreRules | undefined;
  readonly found: string[];
  readonly skipped: Skipped[];
}

function walk(folder: string, state: Walk): void {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    state.skipped.push({ path: folder, folder: true, reason: 'unreadable' });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (VERSION_CONTROL_FOLDERS.has(entry.name)) continue;
      const reason = skipReason(path, entry.name, folder, true, state);
      if (reason) state.skipped.push({ path, folder: true, reason });
      else walk(path, state);
    } else if (entry.isFile() && sourceKindOf(entry.name)) {
      const reason = skipReason(path, entry.name, folder, false, state);
      if (reason) state.skipped.push({ path, folder: false, reason });
      else state.found.push(path);
    }
  }
}

function skipReason(path: string, name: string, folder: string, isFolder: boolean, state: Walk): SkipReason | undefined {
  if (state.ignorePatterns.length > 0 && matchesIgnorePattern(path, isFolder, state)) return 'ignore-pattern';
  if (state.defaultIgnores && (isFolder ? defaultFolders.has(name) : DEFAULT_IGNORED_FILE_GLOBS.some((glob) => minimatch(name, glob, { nocase: true })))) return 'default';
  if (state.gitignore?.ignores(path, folder, isFolder)) return 'gitignore';
  return undefined;
}

/** As ESLint's `--ignore-pattern`: globs relative to the working folder; a pattern ending in `/` names folders. */
function matchesIgnorePattern(path: string, isFolder: boolean, state: Walk): boolean {
  const relativePath = toPosix(relative(state.patternBase, path));
  const candidates = isFolder ? [relativePath, `${relativePath}/`] : [relativePath];
  return state.ignorePatterns.some((pattern) => candidates.some((candidate) => minimatch(candidate, pattern, { dot: true })));
}

export function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

