import { readFileSync, statSync, type Stats } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';

/**
 * Where a relative specifier (`./config`, `../`, `./pool.js`) leads: a file of the project, or a package's own entry
 * point, which is then that package (`require('../')` in hpagent's tests is hpagent). Resolved as Node and
 * TypeScript do for path-free projects: the exact file, TypeScript's `.js` → `.ts` mapping, the extensions in turn,
 * then a folder's `package.json` `main` or its `index`. No path aliases, no `exports` conditions of the project's own.
 */
export type ResolvedSpecifier = { readonly kind: 'file'; readonly path: string } | { readonly kind: 'package'; readonly name: string };

const JS_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx'];
const TS_EXTENSIONS = ['.ts', '.mts', '.cts', '.tsx'];
const SOURCE_EXTENSIONS = new Set([...JS_EXTENSIONS, ...TS_EXTENSIONS]);
/** `./x.js` written in TypeScript names `./x.ts` (NodeNext). */
const TS_SOURCE_OF: Readonly<Record<string, readonly string[]>> = { '.js': ['.ts', '.tsx'], '.mjs': ['.mts'], '.cjs': ['.cts'], '.jsx': ['.tsx'] };
const TYPESCRIPT_FILE = /\.[cm]?tsx?$/i;

export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** `.`, `../`, `../..`, `../index.js`: specifiers that name a folder or its index, where a package's own entry point sits. */
export function mayNamePackageRoot(specifier: string): boolean {
  return /^\.{1,2}(?:\/\.{1,2})*\/?(?:index(?:\.[cm]?[jt]s)?)?$/.test(specifier);
}

/**
 * @param isTracked whether a package name is one the catalogue tracks: only those count as packages; any other
 *   package's entry point is an ordinary file of the project.
 */
export function resolveRelative(fromFile: string, specifier: string, isTracked: (name: string) => boolean): ResolvedSpecifier | null {
  const base = resolve(dirname(fromFile), specifier);
  const preferTypeScript = TYPESCRIPT_FILE.test(fromFile);
  const file = fileCandidates(base, preferTypeScript).find(isFile) ?? (isDirectory(base) ? folderEntry(base, preferTypeScript) : undefined);
  if (!file) return null;
  const owner = trackedPackageOf(file, preferTypeScript, isTracked);
  return owner ? { kind: 'package', name: owner } : { kind: 'file', path: file };
}

function fileCandidates(base: string, preferTypeScript: boolean): string[] {
  const extension = extname(base);
  const order = preferTypeScript ? [...TS_EXTENSIONS, ...JS_EXTENSIONS] : [...JS_EXTENSIONS, ...TS_EXTENSIONS];
  if (SOURCE_EXTENSIONS.has(extension)) {
    const sources = (TS_SOURCE_OF[extension] ?? []).map((ts) => base.slice(0, -extension.length) + ts);
    return preferTypeScript ? [...sources, base] : [base, ...sources];
  }
  return order.map((ext) => base + ext);
}

/** A folder's entry point: its package.json `main`, else its `index`. */
function folderEntry(folder: string, preferTypeScript: boolean): string | undefined {
  const main = readPackage(join(folder, 'package.json'))?.main;
  if (typeof main === 'string') {
    const target = resolve(folder, main);
    const found = [target, ...fileCandidates(target, preferTypeScript)].find(isFile) ?? (isDirectory(target) ? indexIn(target, preferTypeScript) : undefined);
    if (found) return found;
  }
  return indexIn(folder, preferTypeScript);
}

function indexIn(folder: string, preferTypeScript: boolean): string | undefined {
  return fileCandidates(join(folder, 'index'), preferTypeScript).find(isFile);
}

/** The tracked package whose entry point `file` is, when it is one (the nearest package.json decides). */
function trackedPackageOf(file: string, preferTypeScript: boolean, isTracked: (name: string) => boolean): string | null {
  for (let folder = dirname(file), depth = 0; depth < 8; folder = dirname(folder), depth++) {
    const manifest = readPackage(join(folder, 'package.json'));
    if (manifest) {
      const name = manifest.name;
      return typeof name === 'string' && isTracked(name) && folderEntry(folder, preferTypeScript) === file ? name : null;
    }
    if (dirname(folder) === folder) return null;
  }
  return null;
}

interface PackageManifest {
  readonly name?: unknown;
  readonly main?: unknown;
}

const manifests = new Map<string, { readonly mtimeMs: number; readonly manifest: PackageManifest | null }>();

/** A package.json, read once per change (by modification time); `null` when there is none or it is not JSON. */
function readPackage(path: string): PackageManifest | null {
  const stat = statOf(path);
  if (!stat?.isFile()) return null;
  const cached = manifests.get(path);
  if (cached?.mtimeMs === stat.mtimeMs) return cached.manifest;
  let manifest: PackageManifest | null = null;
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    manifest = parsed && typeof parsed === 'object' ? (parsed as PackageManifest) : null;
  } catch {
    manifest = null;
  }
  if (manifests.size > 500) manifests.clear();
  manifests.set(path, { mtimeMs: stat.mtimeMs, manifest });
  return manifest;
}

function isFile(path: string): boolean {
  return statOf(path)?.isFile() === true;
}

function isDirectory(path: string): boolean {
  return statOf(path)?.isDirectory() === true;
}

/**
 * The statuses read during the lint of one file. Its relative imports walk the same folders and package.json files
 * again and again (more than half of all calls), and a file's lint takes milliseconds; each linted file starts
 * afresh (`startFileSystemView`), so a change saved between two lints is always seen.
 */
let view = new Map<string, Stats | undefined>();

/** Forget the statuses read so far: called when the lint of another file starts. */
export function startFileSystemView(): void {
  view = new Map();
}

/** A file's status, or `undefined` when it cannot be read (missing, a file where a folder was expected, no access). */
export function statOf(path: string): Stats | undefined {
  if (view.has(path)) return view.get(path);
  let stat: Stats | undefined;
  try {
    stat = statSync(path, { throwIfNoEntry: false });
  } catch {
    stat = undefined;
  }
  view.set(path, stat);
  return stat;
}
