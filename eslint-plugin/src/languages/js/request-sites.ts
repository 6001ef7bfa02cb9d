import { findVariable } from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { RequestApi, Requester } from '../../catalog/types';
import { lookupPath, type JsClientSite } from './client-sites';
import type { ModuleReference } from './module-references';
import { resolveObject, unwrap, type ObjectShape } from './static-values';
import type { RequestReferenceInfo } from './trace-map';

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
  for (const { shape } of options) {
    for (const option of names) {
      const value = lookupPath(shape, option, scope);
      if (value.state !== 'present') continue;
      found.push({ option, property: value.property, valueNode: value.valueNode, pool: poolBehind(value.valueNode, scope, pools) });
    }
  }
  return found;
}

/** The construction a value is: `new Agent()` itself, or a constant (or never-reassigned `let`) holding one. */
export function poolBehind(node: TSESTree.Node, scope: Scope.Scope, pools: PoolsByNode, depth = 0): JsClientSite | null {
  const target = unwrap(node);
  if (target.type === 'NewExpression') return pools.get(target) ?? null;
  if (target.type !== 'Identifier' || depth > 8) return null;
  const variable = singleAssignmentVariable(target, scope);
  const init = variable?.defs[0]?.node.type === 'VariableDeclarator' ? variable.defs[0].node.init : null;
  return init && variable ? poolBehind(init, variable.scope, pools, depth + 1) : null;
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
