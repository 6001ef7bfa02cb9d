import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { clientLibraries } from '../../catalog/clients';
import { requesters } from '../../catalog/requesters';
import { serverFrameworks } from '../../catalog/server-frameworks';
import type { PoolUse, ProtocolKeyedPool, Sites } from '../../sites';
import { toClientSite, type JsClientSite } from './client-sites';
import { mentionsTrackedName } from './mentions';
import { findGlobalReferences, findModuleReferences, hasTrackedRoot, type ModuleReference } from './module-references';
import { findPoolUses } from './pool-lifetime';
import { findRequestSites, type RequestSite } from './request-sites';
import { findServerSites, type JsServerSite } from './server-sites';
import { buildTraceMaps, type TrackedExport } from './trace-map';

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

const traceMaps = buildTraceMaps({ clients: clientLibraries, requesters, servers: serverFrameworks });

/** One module-tracking pass per file, shared by every rule through the SourceCode object. */
const cache = new WeakMap<TSESLint.SourceCode, JsSites>();

export function getSites(sourceCode: Readonly<TSESLint.SourceCode>): JsSites {
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

const NO_SITES: JsSites = Object.freeze({ clients: [], servers: [], requests: [], protocolKeyed: [], poolUses: () => [] });

/** The tracking pass itself, without the checks that skip most files (exported to check those checks). */
export function findSites(sourceCode: TSESLint.SourceCode): JsSites {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return NO_SITES;
  // One tracker walk for pools, requests and servers: most of the cost is following each module's references.
  const references = [...findModuleReferences(globalScope, traceMaps.modules)];
  const clients: JsClientSite[] = [];
  for (const { node, info, path } of meaningTo('pool', references)) {
    if (node.type === 'NewExpression') clients.push(toClientSite(node, info, path[0]!, sourceCode.getScope(node), sourceCode.text));
  }
  const requestReferences = [...meaningTo('request', references), ...findGlobalReferences(globalScope, traceMaps.globals)];
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
