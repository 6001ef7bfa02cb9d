import { isAbsolute } from 'node:path';
import type { TraceMap } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { PoolUse, ProtocolKeyedPool, Sites } from '../../sites';
import { toClientSite, type JsClientSite } from './client-sites';
import { dependsOnArguments } from './construction-options';
import { registerModule, type JsModule } from './js-module';
import { mentionsTrackedModule, mentionsTrackedName } from './mentions';
import { findGlobalReferences, findModuleReferences, hasTrackedRoot, type ModuleReference } from './module-references';
import { findPoolUses } from './pool-lifetime';
import { startFileSystemView } from './project-files';
import { forgetReads, recordReads } from './project-modules';
import { relativeRoots, type RelativeRoot } from './relative-roots';
import { findRequestSites, type RequestSite } from './request-sites';
import { findServerSites, type JsServerSite } from './server-sites';
import { constructionsOf, localSubclasses, subclassSites } from './subclass-sites';
import type { TrackedExport } from './trace-map';
import { traceMaps } from './tracked-modules';

/** What the JavaScript finder sees in one file: the neutral sites, with the nodes suggestions and requests need. */
export interface JsSites extends Sites {
  readonly clients: readonly JsClientSite[];
  readonly servers: readonly JsServerSite[];
  /** Request calls (`axios.get`, `fetch`, `https.request`, …) and the pools their options name. */
  readonly requests: readonly RequestSite[];
  readonly protocolKeyed: readonly JsProtocolKeyedPool[];
}

export interface JsProtocolKeyedPool extends ProtocolKeyedPool {
  readonly property: TSESTree.Property;
  /** The property sits in an options literal of the request itself, so it can be rewritten in place. */
  readonly inRequestLiteral: boolean;
}

/** One module-tracking pass per file, shared by every rule through the SourceCode object. */
const cache = new WeakMap<TSESLint.SourceCode, JsSites>();

/** @param filename the file's absolute path: without it, no other module of the project is read. */
export function getSites(sourceCode: Readonly<TSESLint.SourceCode>, filename?: string): JsSites {
  const key = sourceCode as TSESLint.SourceCode;
  let sites = cache.get(key);
  if (!sites) {
    sites = mayHoldSites(key, filename) ? findSites(key, filename) : NO_SITES;
    cache.set(key, sites);
  }
  return sites;
}

const mayHoldByFile = new WeakMap<object, boolean>();

/**
 * Whether module tracking can find anything in the file (cached per file): its text names a tracked module or
 * global (a scan that rules out most files for a few microseconds), and it loads one of those modules or reads
 * one of those globals, or it names a tracked module and constructs what a relative import of it builds pools with
 * (which rules out the files that only mention them, before the costlier walk).
 */
export function mayHoldSites(sourceCode: Readonly<TSESLint.SourceCode>, filename?: string): boolean {
  // Most files: nothing is cached for them, as the scan costs less than a cache entry per file.
  if (!mentionsTrackedName(sourceCode.text)) {
    // This lint of the file reads nothing: what an earlier lint of it read no longer matters.
    if (filename !== undefined) forgetReads(filename);
    return false;
  }
  let may = mayHoldByFile.get(sourceCode);
  if (may === undefined) {
    const globalScope = sourceCode.scopeManager?.globalScope as Scope.Scope | null | undefined;
    may =
      !!globalScope &&
      (hasTrackedRoot(globalScope, traceMaps.modules, traceMaps.globals, sourceCode.text) ||
        // A project module may export what builds a pool; only files that name a tracked module look, as the
        // word `fetch` (a method, a property, a comment) says nothing about the constructors a file uses.
        (mentionsTrackedModule(sourceCode.text) && relativeRootsOf(moduleFor(sourceCode, filename)).length > 0));
    mayHoldByFile.set(sourceCode, may);
    if (filename !== undefined && !modulesBySource.has(sourceCode)) forgetReads(filename);
  }
  return may;
}

const NO_SITES: JsSites = Object.freeze({ clients: [], servers: [], requests: [], protocolKeyed: [], poolUses: () => [] });

const rootsByModule = new WeakMap<JsModule, readonly RelativeRoot[]>();

function relativeRootsOf(module: JsModule): readonly RelativeRoot[] {
  let roots = rootsByModule.get(module);
  if (!roots) {
    roots = relativeRoots(module);
    rootsByModule.set(module, roots);
  }
  return roots;
}

const modulesBySource = new WeakMap<object, JsModule>();

/** The linted file as a module: its scopes, and the other files its resolution reads (recorded for editors). */
function moduleFor(sourceCode: Readonly<TSESLint.SourceCode>, filename: string | undefined): JsModule {
  let module = modulesBySource.get(sourceCode);
  if (!module) {
    const globalScope = sourceCode.scopeManager!.globalScope as Scope.Scope;
    const known = filename !== undefined && isAbsolute(filename) ? filename : null;
    module = registerModule({ filename: known, sourceCode, text: sourceCode.text, globalScope, reads: new Set(), knownCalls: new Set() });
    modulesBySource.set(sourceCode, module);
    // A new lint of a file: what an earlier one read of the file system may have changed since.
    startFileSystemView();
    if (known) recordReads(known, module.reads);
  }
  return module;
}

/** The tracking pass itself, without the checks that skip most files (exported to check those checks). */
export function findSites(sourceCode: TSESLint.SourceCode, filename?: string): JsSites {
  const globalScope = sourceCode.scopeManager?.globalScope as Scope.Scope | null | undefined;
  if (!globalScope) return NO_SITES;
  const module = moduleFor(sourceCode, filename);
  const roots = relativeRootsOf(module);
  const modules: TraceMap<TrackedExport> =
    roots.length === 0 ? traceMaps.modules : { ...traceMaps.modules, ...(Object.fromEntries(roots.map((root) => [root.specifier, root.branch])) as TraceMap<TrackedExport>) };
  // One tracker walk for pools, requests and servers: most of the cost is following each module's references.
  const references = [...findModuleReferences(globalScope, modules)].map((reference) => asPackage(reference, roots));
  const globalReferences = [...findGlobalReferences(globalScope, traceMaps.globals)];
  // Tracked calls read the options they are given: passing an object to one does not hide its keys.
  for (const { node } of [...references, ...globalReferences]) module.knownCalls.add(node);
  const subclasses = localSubclasses(module, meaningTo('baseCall', references));
  const constructions = new Map(subclasses.map((subclass) => [subclass, constructionsOf(subclass, module)]));
  for (const subclass of subclasses) {
    if (subclass.build.kind === 'call') module.knownCalls.add(subclass.build.call);
    for (const node of constructions.get(subclass) ?? []) module.knownCalls.add(node);
  }
  const clients: JsClientSite[] = [];
  for (const { node, info } of meaningTo('pool', references)) {
    if (node.type !== 'NewExpression' || (info.subclass && !dependsOnArguments(info.subclass))) continue;
    const args = { nodes: node.arguments, place: { scope: sourceCode.getScope(node) as Scope.Scope, bindings: null } };
    clients.push(toClientSite(node, info, args, module));
  }
  clients.push(...subclassSites(module, subclasses, constructions));
  const requestReferences = [...meaningTo('request', references), ...globalReferences];
  const requests = findRequestSites(sourceCode, requestReferences, clients);
  let poolUses: readonly PoolUse[] | undefined;
  return {
    clients,
    requests,
    servers: findServerSites(sourceCode, meaningTo('server', references)),
    protocolKeyed: protocolKeyedPools(requests),
    poolUses: () => (poolUses ??= findPoolUses(requests, sourceCode)),
  };
}

/** A reference through a package's own relative entry point (`require('../')`) names the package, as messages do. */
function asPackage(reference: ModuleReference<TrackedExport>, roots: readonly RelativeRoot[]): ModuleReference<TrackedExport> {
  const root = roots.find((candidate) => candidate.specifier === reference.path[0]);
  return root?.packageName ? { ...reference, path: [root.packageName, ...reference.path.slice(1)] } : reference;
}

/** Pools given as the value of a request's protocol-keyed option (got's `agent`), each once. */
function protocolKeyedPools(requests: readonly RequestSite[]): JsProtocolKeyedPool[] {
  const found: JsProtocolKeyedPool[] = [];
  for (const request of requests) {
    const keyed = request.requester.protocolKeyedOption;
    if (!keyed) continue;
    for (const option of request.protocolKeyed) {
      if (!option.pool) continue;
      found.push({
        range: option.property.range,
        property: option.property,
        option: keyed.option,
        pool: option.pool,
        request: request.label,
        requestKind: request.call.kind,
        inRequestLiteral: request.options.some((options) => options.shape.literal === option.property.parent),
      });
    }
  }
  return found;
}

/** The references that mean something to one finder, each node once (the first path to it wins). */
function meaningTo<Kind extends keyof TrackedExport>(
  kind: Kind,
  references: readonly ModuleReference<TrackedExport>[],
): ModuleReference<NonNullable<TrackedExport[Kind]>>[] {
  const seen = new Set<TSESTree.Node>();
  const meaningful: ModuleReference<NonNullable<TrackedExport[Kind]>>[] = [];
  for (const { node, info, path } of references) {
    const meaning = info[kind];
    if (meaning === undefined || seen.has(node)) continue;
    seen.add(node);
    meaningful.push({ node, info: meaning as NonNullable<TrackedExport[Kind]>, path });
  }
  return meaningful;
}
