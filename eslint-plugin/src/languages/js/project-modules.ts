import { readFileSync } from 'node:fs';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import { registerModule, type JsModule } from './js-module';
import { findModuleReferences } from './module-references';
import { mentionsTrackedName } from './mentions';
import { parseText } from './parse';
import { isRelativeSpecifier, resolveRelative, statOf, type ResolvedSpecifier } from './project-files';
import { isTrackedModule, traceMaps } from './tracked-modules';

/**
 * The project's own modules a linted file imports, read and parsed once per change: cached by path, modification
 * time and size, so a lint run parses each at most once and an editor sees a saved change. A module that cannot be
 * read or parsed is `null`, and what comes from it is unknown.
 */

/** Larger files are generated or bundled code: what they hold is left unknown. */
const MAX_MODULE_BYTES = 512_000;
/**
 * Parsed modules kept at once, and their total size: each holds its tree and scopes (an editor keeps them between
 * lints), so the least recently used go first. Option and wrapper modules are small and few.
 */
const MAX_CACHED_MODULES = 64;
const MAX_CACHED_BYTES = 4_000_000;

interface CachedModule {
  readonly mtimeMs: number;
  readonly size: number;
  /** `null` when it cannot be read, or is too large to be worth it. */
  readonly text: string | null;
  /** Its text names a tracked module or global: only then can it export a pool constructor. */
  readonly mentionsTracked: boolean;
  /** Parsed on first need; `null` when it does not parse. */
  module?: JsModule | null;
}

const cache = new Map<string, CachedModule>();
let cachedBytes = 0;

/** Where a relative specifier written in `from` leads; `null` for a bare specifier or when nothing is there. */
export function resolveFrom(from: JsModule, specifier: string): ResolvedSpecifier | null {
  if (!from.filename || !isRelativeSpecifier(specifier)) return null;
  return resolveRelative(from.filename, specifier, isTrackedModule);
}

export type ProjectImport = { readonly kind: 'package'; readonly name: string } | { readonly kind: 'module'; readonly module: JsModule };

/**
 * What a relative specifier in `from` imports: a tracked package's own entry point, or a project module, parsed.
 * @param forConstructors only a module whose text names a tracked module is parsed: no other can export a pool
 *   constructor, and most modules a file constructs classes from are not about pools at all.
 */
export function projectImport(from: JsModule, specifier: string, forConstructors = false): ProjectImport | null {
  const resolved = resolveFrom(from, specifier);
  if (!resolved) return null;
  if (resolved.kind === 'package') return resolved;
  // Read, whether or not it parses: a change to it can change what `from` resolves to.
  from.reads.add(resolved.path);
  const cached = readModule(resolved.path);
  if (!cached || (forConstructors && !cached.mentionsTracked)) return null;
  // `null` is remembered too: a module that does not parse is not parsed again until it changes.
  if (cached.module === undefined) cached.module = parseModule(resolved.path, cached.text!);
  return cached.module ? { kind: 'module', module: cached.module } : null;
}

/** The project module a relative specifier in `from` names, parsed; the file counts as read by `from`. */
export function moduleAt(from: JsModule, specifier: string): JsModule | null {
  const imported = projectImport(from, specifier);
  return imported?.kind === 'module' ? imported.module : null;
}

function readModule(path: string): CachedModule | null {
  const stat = statOf(path);
  if (!stat?.isFile()) return null;
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) {
    cache.delete(path);
    cache.set(path, cached);
    return cached.text === null ? null : cached;
  }
  let text: string | null = null;
  try {
    if (stat.size <= MAX_MODULE_BYTES) text = readFileSync(path, 'utf8');
  } catch {
    text = null;
  }
  const entry: CachedModule = { mtimeMs: stat.mtimeMs, size: stat.size, text, mentionsTracked: text !== null && mentionsTrackedName(text) };
  remember(path, entry);
  return text === null ? null : entry;
}

function remember(path: string, entry: CachedModule): void {
  const previous = cache.get(path);
  if (previous) {
    cache.delete(path);
    cachedBytes -= previous.text?.length ?? 0;
  }
  cache.set(path, entry);
  cachedBytes += entry.text?.length ?? 0;
  for (const [oldest, evicted] of cache) {
    if (cache.size <= MAX_CACHED_MODULES && cachedBytes <= MAX_CACHED_BYTES) break;
    if (oldest === path) continue;
    cache.delete(oldest);
    cachedBytes -= evicted.text?.length ?? 0;
  }
}

function parseModule(path: string, text: string): JsModule | null {
  let parsed = parseText(text, path);
  // A `.js` file may be CommonJS that only parses as a script (a top-level `return`).
  if (!parsed.sourceCode && /\.js$/i.test(path)) parsed = parseText(text, path, { sourceType: 'commonjs' });
  if (!parsed.sourceCode) return null;
  const sourceCode = parsed.sourceCode as unknown as TSESLint.SourceCode;
  const globalScope = sourceCode.scopeManager?.globalScope as Scope.Scope | null | undefined;
  if (!globalScope) return null;
  const module = registerModule({ filename: path, sourceCode, text, globalScope, reads: new Set(), knownCalls: new Set() });
  for (const reference of findModuleReferences(globalScope, traceMaps.modules)) module.knownCalls.add(reference.node);
  return module;
}

/** The files each linted file's sites were read from, besides its own: the last lint of each file wins. */
const readsByFile = new Map<string, ReadonlySet<string>>();

export function recordReads(filename: string, reads: ReadonlySet<string>): void {
  readsByFile.set(filename, reads);
}

export function forgetReads(filename: string): void {
  readsByFile.delete(filename);
}

/**
 * Every file the last lint of `filename` read to resolve its sites (imported option objects, wrapper modules,
 * subclasses), and the files those read in turn. A change to any of them can change that file's findings.
 */
export function modulesReadBy(filename: string): string[] {
  const found = new Set<string>();
  const pending = [...(readsByFile.get(filename) ?? [])];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (found.has(path)) continue;
    found.add(path);
    pending.push(...(cache.get(path)?.module?.reads ?? []));
  }
  return [...found].sort();
}
