import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { clientLibraries } from '../catalog/clients';
import { requesters } from '../catalog/requesters';
import { serverFrameworks } from '../catalog/server-frameworks';
import { toClientSite, type ClientSite } from './client-sites';
import { mentionsTrackedName } from './mentions';
import { findGlobalReferences, findModuleReferences, hasTrackedRoot, type ModuleReference } from './module-references';
import { findRequestSites, type RequestSite } from './request-sites';
import { findServerSites, type ServerSite } from './server-sites';
import { buildTraceMaps, type TrackedExport } from './trace-map';

export type { ClientSite, Setting, OptionsArgument } from './client-sites';
export type { ObjectShape, ObjectEntry } from './static-values';
export type { RequestSite, PoolOption, RequestOptions } from './request-sites';
export type { ServerSite, ServerSetting } from './server-sites';

export interface Sites {
  readonly clients: readonly ClientSite[];
  /** Request calls (`axios.get`, `fetch`, `https.request`, …) and the pools their options name. */
  readonly requests: readonly RequestSite[];
  /** Node.js HTTP servers: `http.createServer`, Express/Koa `app.listen()`, Fastify, hapi. */
  readonly servers: readonly ServerSite[];
}

const traceMaps = buildTraceMaps({ clients: clientLibraries, requesters, servers: serverFrameworks });

/** One module-tracking pass per file, shared by every rule through the SourceCode object. */
const cache = new WeakMap<TSESLint.SourceCode, Sites>();

export function getSites(sourceCode: Readonly<TSESLint.SourceCode>): Sites {
  const key = sourceCode as TSESLint.SourceCode;
  let sites = cache.get(key);
  if (!sites) {
    sites = mayHoldSites(key) ? findSites(key) : NO_SITES;
    cache.set(key, sites);
  }
  return sites;
}

const mayHoldByFile = new WeakMap<object, boolean>();

/**
 * Whether module tracking can find anything in the file (cached per file): its text names a tracked module or
 * global (a scan that rules out most files for a few microseconds), and it loads one of those modules or reads
 * one of those globals (which rules out the files that only mention them, before the costlier walk).
 */
export function mayHoldSites(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let may = mayHoldByFile.get(sourceCode);
  if (may === undefined) {
    const globalScope = sourceCode.scopeManager?.globalScope;
    may = mentionsTrackedName(sourceCode.text) && !!globalScope && hasTrackedRoot(globalScope, traceMaps.modules, traceMaps.globals, sourceCode.text);
    mayHoldByFile.set(sourceCode, may);
  }
  return may;
}

const NO_SITES: Sites = Object.freeze({ clients: [], requests: [], servers: [] });

/** The tracking pass itself, without the checks that skip most files (exported to check those checks). */
export function findSites(sourceCode: TSESLint.SourceCode): Sites {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return { clients: [], requests: [], servers: [] };
  // One tracker walk for pools, requests and servers: most of the cost is following each module's references.
  const references = [...findModuleReferences(globalScope, traceMaps.modules)];
  const clients: ClientSite[] = [];
  for (const { node, info, path } of meaningTo('pool', references)) {
    if (node.type === 'NewExpression') clients.push(toClientSite(node, info, path[0]!, sourceCode.getScope(node)));
  }
  const requests = [...meaningTo('request', references), ...findGlobalReferences(globalScope, traceMaps.globals)];
  return {
    clients,
    requests: findRequestSites(sourceCode, requests, clients),
    servers: findServerSites(sourceCode, meaningTo('server', references)),
  };
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
