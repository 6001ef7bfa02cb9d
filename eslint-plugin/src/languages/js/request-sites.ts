import { findVariable, getPropertyName } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { RequestApi, Requester } from '../../catalog/types';
import { lookupPath, toClientSite, type JsClientSite } from './client-sites';
import { exportOf, importOf, namespaceOf, requiredModule, wholeOf, type ExportedNode } from './imported-values';
import { moduleOf } from './js-module';
import type { ModuleReference } from './module-references';
import { resolveObject, unwrap, type ObjectShape } from './static-values';
import type { RequestReferenceInfo } from './trace-map';
import { poolConstructorOf, traceNodeOf } from './trace-nodes';

/** A pool option set in a request's options: `httpsAgent: …`, `agent: { https: … }`, `dispatcher: …`. */
export interface PoolOption {
  /** The option as the catalogue names it (`agent.https`). */
  readonly option: string;
  readonly property: TSESTree.Property;
  readonly valueNode: TSESTree.Node;
  /** The catalogued construction the value is, directly or through a constant; `null` when it cannot be seen. */
  readonly pool: JsClientSite | null;
}

/** One argument that holds the request's options, as far as it can be seen. */
export interface RequestOptions {
  readonly node: TSESTree.Node;
  readonly shape: ObjectShape;
}

export interface RequestSite {
  readonly kind: 'request';
  readonly node: TSESTree.CallExpression;
  readonly requester: Requester;
  readonly call: RequestApi;
  /** How messages name the call: `axios.get`, `https.request`, `fetch`, `got`. */
  readonly label: string;
  readonly options: readonly RequestOptions[];
  readonly pools: readonly PoolOption[];
  /** The values of the requester's protocol-keyed option (got's `agent`), pool or not. */
  readonly protocolKeyed: readonly PoolOption[];
}

/** Catalogued constructions by node, to tell a pool from any other value. */
export type PoolsByNode = ReadonlyMap<TSESTree.Node, JsClientSite>;

export function toRequestSite(
  node: TSESTree.CallExpression,
  info: RequestReferenceInfo,
  path: readonly string[],
  scope: Scope.Scope,
  pools: PoolsByNode,
): RequestSite {
  const options = readOptions(node, info.call, scope);
  const { requester } = info;
  const keyed = requester.protocolKeyedOption ? [requester.protocolKeyedOption.option] : [];
  return {
    kind: 'request',
    node,
    requester,
    call: info.call,
    label: requestLabel(path),
    options,
    pools: readPoolOptions(options, requester.poolOptions, scope, pools),
    protocolKeyed: readPoolOptions(options, keyed, scope, pools),
  };
}

function requestLabel(path: readonly string[]): string {
  const [head = '', ...rest] = path.filter((key) => key !== 'default');
  return [head.replace(/^node:/, ''), ...rest].join('.');
}

function readOptions(node: TSESTree.CallExpression, call: RequestApi, scope: Scope.Scope): RequestOptions[] {
  const firstSpread = node.arguments.findIndex((argument) => argument.type === 'SpreadElement');
  const options: RequestOptions[] = [];
  for (const index of call.optionsIndexes) {
    if (firstSpread !== -1 && index >= firstSpread) break;
    const argument = node.arguments[index];
    const shape = argument ? resolveObject(argument, scope) : null;
    if (argument && shape) options.push({ node: argument, shape });
  }
  return options;
}

function readPoolOptions(options: readonly RequestOptions[], names: readonly string[], scope: Scope.Scope, pools: PoolsByNode): PoolOption[] {
  const found: PoolOption[] = [];
  const here = moduleOf(scope);
  for (const { shape } of options) {
    for (const option of names) {
      const value = lookupPath(shape, option);
      // An option written in another module has no property in this file to point at or rewrite.
      if (value.state !== 'present' || moduleOf(value.entry.place.scope) !== here) continue;
      found.push({ option, property: value.property, valueNode: value.valueNode, pool: poolBehind(value.valueNode, value.entry.place.scope, pools) });
    }
  }
  return found;
}

/**
 * The construction a value is: `new Agent()` itself, a constant (or never-reassigned `let`) holding one, or a pool
 * another module of the project builds and exports (`module.exports = new Agent({ … })`).
 */
export function poolBehind(node: TSESTree.Node, scope: Scope.Scope, pools: PoolsByNode, depth = 0): JsClientSite | null {
  const target = unwrap(node);
  if (depth > 8) return null;
  if (target.type === 'NewExpression') return pools.get(target) ?? poolBuiltElsewhere(target, scope);
  const exported = exportedValue(target, scope);
  if (exported) return poolBehind(exported.node, exported.place.scope, pools, depth + 1);
  if (target.type !== 'Identifier') return null;
  const variable = singleAssignmentVariable(target, scope);
  const init = variable?.defs[0]?.node.type === 'VariableDeclarator' ? variable.defs[0].node.init : null;
  return init && variable ? poolBehind(init, variable.scope, pools, depth + 1) : null;
}

/** `require('./agent')`, `agents.https`, or a name imported from a project module: what that module exports there. */
function exportedValue(node: TSESTree.Node, scope: Scope.Scope): ExportedNode | null {
  if (node.type === 'CallExpression') {
    const module = requiredModule(node, scope);
    return module ? wholeOf(module) : null;
  }
  if (node.type === 'MemberExpression') {
    const module = namespaceOf(node.object, scope);
    const key = module ? getPropertyName(node as never, scope as never) : null;
    return module && typeof key === 'string' ? exportOf(module, key) : null;
  }
  if (node.type !== 'Identifier') return null;
  const variable = findVariable(scope as never, node as never) as Scope.Variable | null;
  const imported = variable ? importOf(variable) : null;
  if (!imported) return null;
  return imported.kind === 'export' ? imported : wholeOf(imported.module);
}

const builtElsewhere = new WeakMap<TSESTree.NewExpression, JsClientSite | null>();

/** A pool construction in another module, as a site of that module (for what the requests here are given). */
function poolBuiltElsewhere(node: TSESTree.NewExpression, scope: Scope.Scope): JsClientSite | null {
  const module = moduleOf(scope);
  if (!module || builtElsewhere.has(node)) return builtElsewhere.get(node) ?? null;
  const info = poolConstructorOf(traceNodeOf(node.callee, scope));
  const site = info ? toClientSite(node, info, { nodes: node.arguments, place: { scope, bindings: null } }, module) : null;
  builtElsewhere.set(node, site);
  return site;
}

/** The variable an identifier reads when it is declared once, with an initializer, and never written again. */
export function singleAssignmentVariable(identifier: TSESTree.Identifier, scope: Scope.Scope): Scope.Variable | null {
  const variable = findVariable(scope as never, identifier as never) as Scope.Variable | null;
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable' || definition.node.id.type !== 'Identifier' || !definition.node.init) return null;
  return variable.references.some((reference) => reference.isWrite() && !reference.init) ? null : variable;
}

/** Every request call among a file's tracked references (through imports and globals), with the pools its options name. */
export function findRequestSites(
  sourceCode: TSESLint.SourceCode,
  references: readonly ModuleReference<RequestReferenceInfo>[],
  clients: readonly JsClientSite[],
): RequestSite[] {
  const pools: PoolsByNode = new Map(clients.map((site) => [site.node, site]));
  const requests: RequestSite[] = [];
  for (const reference of references) {
    if (reference.node.type !== 'CallExpression') continue;
    requests.push(toRequestSite(reference.node, reference.info, reference.path, sourceCode.getScope(reference.node), pools));
  }
  return requests;
}
