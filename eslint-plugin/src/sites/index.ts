import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { clientLibraries } from '../catalog/clients';
import { toClientSite, type ClientSite } from './client-sites';
import { findModuleReferences } from './module-references';
import { buildPoolTraceMap } from './trace-map';

export type { ClientSite, Setting, OptionsArgument } from './client-sites';
export type { ObjectShape, ObjectEntry } from './static-values';

export interface Sites {
  readonly clients: readonly ClientSite[];
}

const poolTraceMap = buildPoolTraceMap(clientLibraries);

/** One module-tracking pass per file, shared by every rule through the SourceCode object. */
const cache = new WeakMap<TSESLint.SourceCode, Sites>();

export function getSites(sourceCode: Readonly<TSESLint.SourceCode>): Sites {
  const key = sourceCode as TSESLint.SourceCode;
  let sites = cache.get(key);
  if (!sites) {
    sites = findSites(key);
    cache.set(key, sites);
  }
  return sites;
}

function findSites(sourceCode: TSESLint.SourceCode): Sites {
  const globalScope = sourceCode.scopeManager?.globalScope;
  if (!globalScope) return { clients: [] };
  const clients: ClientSite[] = [];
  for (const reference of findModuleReferences(globalScope, poolTraceMap)) {
    if (reference.node.type !== 'NewExpression') continue;
    const scope = sourceCode.getScope(reference.node as TSESTree.Node);
    clients.push(toClientSite(reference.node, reference.info, reference.path[0]!, scope));
  }
  return { clients };
}
