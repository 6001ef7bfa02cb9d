import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, sep } from 'node:path';
import { loadHclGrammar } from './hcl-grammar';
import { readConfigFile, type FileReading } from './read-file';
import type { Discovery, DiscoveryProblem } from './types';
import { listConfigFiles, type ListedFile } from './walk';

/** Larger files are generated, not written by hand. */
const MAX_FILE_BYTES = 1_000_000;
/**
 * How long a listing of a root's files, and a check of their modification times, stand before they are done again.
 * Every linted file asks: a whole lint run walks the tree a few times at most, and an edited config file is seen
 * within a second. The editor forgets them outright when a config file changes (`forgetDiscoveries`).
 */
const LISTING_MS = 5000;
const CHECK_MS = 1000;

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly reading: FileReading;
}

interface RootState {
  listedAt: number;
  checkedAt: number;
  listed: readonly ListedFile[];
  truncated: boolean;
  readonly files: Map<string, CachedFile>;
  discovery: Discovery | undefined;
}

const roots = new Map<string, RootState>();
const rootByFolder = new Map<string, string | null>();
let workspaceFolders: readonly string[] = [];

/**
 * The folder discovery reads for a linted file: the nearest folder above it holding `.git` (the repository, where
 * deployment files sit beside the code of every package); outside a repository, the editor's workspace folder that
 * holds the file (see `useWorkspaceFolders`), else ESLint's working folder. Cached per folder.
 */
export function discoveryRootOf(filename: string, cwd: string): string {
  if (!isAbsolute(filename)) return cwd;
  const repository = repositoryOf(dirname(filename));
  if (repository) return repository;
  const folder = workspaceFolders.filter((candidate) => filename.startsWith(candidate.endsWith(sep) ? candidate : candidate + sep)).sort((a, b) => b.length - a.length)[0];
  return folder ?? cwd;
}

/** An editor's workspace folders: the root of a file outside any repository (its ESLint working folder is `/`). */
export function useWorkspaceFolders(folders: readonly string[]): void {
  workspaceFolders = [...folders];
}

function repositoryOf(folder: string): string | null {
  const cached = rootByFolder.get(folder);
  if (cached !== undefined) return cached;
  const parent = dirname(folder);
  const found = existsSync(join(folder, '.git')) ? folder : parent === folder ? null : repositoryOf(parent);
  rootByFolder.set(folder, found);
  return found;
}

/**
 * The config files' timeouts under `root`, read now from the cache: files are listed again after a few seconds,
 * re-read when their modification time or size changes. The same object is returned while nothing changed, so
 * what is computed from it can be cached by it. Files whose parser is still loading are `pending`.
 */
export function discoverNow(root: string, now = Date.now()): Discovery {
  // A whole file system is no project: nothing is read from `/` (ESLint's working folder in some editors).
  if (dirname(root) === root) return { root, timeouts: [], problems: [{ file: '.', message: 'not read: the file-system root is not a project folder' }], pending: [] };
  let state = roots.get(root);
  if (!state) {
    state = { listedAt: -Infinity, checkedAt: -Infinity, listed: [], truncated: false, files: new Map(), discovery: undefined };
    roots.set(root, state);
  }
  let changed = false;
  if (now - state.listedAt >= LISTING_MS) {
    const { files, truncated } = listConfigFiles(root);
    changed = files.length !== state.listed.length || files.some((file, index) => file.path !== state!.listed[index]?.path);
    state.listed = files;
    state.truncated = truncated;
    state.listedAt = now;
    state.checkedAt = -Infinity;
  }
  if (now - state.checkedAt >= CHECK_MS || state.discovery?.pending.length) {
    for (const file of state.listed) changed = refresh(root, file, state.files) || changed;
    state.checkedAt = now;
  }
  if (changed || !state.discovery) state.discovery = assemble(root, state);
  return state.discovery;
}

/** The same, once every parser it needs has loaded: for callers that can wait (the CLI, the editor). */
export async function discover(root: string): Promise<Discovery> {
  const first = discoverNow(root);
  if (first.pending.length === 0) return first;
  await loadHclGrammar();
  return discoverNow(root);
}

/** Forgets every root's files (a config file was created, changed or deleted), or one root's. */
export function forgetDiscoveries(root?: string): void {
  if (root === undefined) roots.clear();
  else roots.delete(root);
}

/** Re-reads a file whose modification time or size changed; true when its reading changed. */
function refresh(root: string, file: ListedFile, files: Map<string, CachedFile>): boolean {
  const absolute = join(root, file.path);
  const cached = files.get(file.path);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    files.delete(file.path);
    return cached !== undefined;
  }
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size && cached.reading.kind === 'read') return false;
  let reading: FileReading;
  if (stats.size > MAX_FILE_BYTES) reading = { kind: 'read', timeouts: [], problem: `not read: larger than ${MAX_FILE_BYTES / 1e6} MB` };
  else {
    try {
      reading = readConfigFile(file.path, file.kind, readFileSync(absolute, 'utf8'));
    } catch (error) {
      reading = { kind: 'read', timeouts: [], problem: `not read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` };
    }
  }
  files.set(file.path, { mtimeMs: stats.mtimeMs, size: stats.size, reading });
  return true;
}

function assemble(root: string, state: RootState): Discovery {
  const problems: DiscoveryProblem[] = [];
  const pending: string[] = [];
  const timeouts = state.listed.flatMap((file) => {
    const reading = state.files.get(file.path)?.reading;
    if (!reading) return [];
    if (reading.kind === 'pending') {
      pending.push(file.path);
      return [];
    }
    if (reading.problem) problems.push({ file: file.path, message: reading.problem });
    return reading.timeouts;
  });
  if (state.truncated) problems.push({ file: '.', message: 'the folder is too large: discovery stopped after 50 000 entries' });
  return { root, timeouts, problems, pending };
}
