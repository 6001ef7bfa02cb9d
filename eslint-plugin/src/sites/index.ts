import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { clientLibraries } from '../catalog/clients';
import { toClientSite, type ClientSite } from './client-sites';
import { mentionsTrackedName } from './mentions';
import { findModuleReferences } from './module-references';
import { findRequestSites, type RequestSite } from './request-sites';
import { findServerSites, type ServerSite } from './server-sites';
import { buildPoolTraceMap } from './trace-map';

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

const poolTraceMap = buildPoolTraceMap(clientLibraries);

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

const mentionsByFile = new WeakMap<object, boolean>();

/** Whether the file's text names a tracked module or global at all; when not, it holds no site (cached per file). */
export function mayHoldSites(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  let mentions = mentionsByFile.get(sourceCode);
  if (mentions === undefined) mentionsByFile.set(sourceCode, (mentions = mentionsTrackedName(sourceCode.text)));
  return mentions;
}

const NO_SITES: Sites = Object.freeze({ clients: [], requests: [], servers: [] });

/** The tracking pass itself, without the text scan that skips most files (exported to check that scan). */
export function findSites(sourceCode: TSESLint.SourceCode): Sites {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return { clients: [], requests: [], servers: [] };
  const clients: ClientSite[] = [];
  for (const reference of findModuleReferences(globalScope, poolTraceMap)) {
    if (reference.node.type !== 'NewExpression') continue;
    const scope = sourceCode.getScope(reference.node as TSESTree.Node);
    clients.push(toClientSite(reference.node, reference.info, reference.path[0]!, scope));
  }
  return { clients, requests: findRequestSites(sourceCode, globalScope, clients), servers: findServerSites(sourceCode, globalScope) };
}
