import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { PoolUse } from '../../sites';
import type { JsClientSite } from './client-sites';
import type { RequestSite } from './request-sites';
import { singleAssignmentVariable } from './request-sites';
import { lookup, unwrap } from './static-values';

type Owner = TSESTree.Node | null;

/** Every pool option of every request whose pool is a catalogued construction, with the facts above. */
export function findPoolUses(requests: readonly RequestSite[], sourceCode: Readonly<TSESLint.SourceCode>): PoolUse[] {
  const sending = requests.filter((request) => request.call.kind === 'request');
  // What a request reads a pool from: the pool option's value, or an object holding it (the options
  // argument itself, or got's `agent` object around `agent.https`).
  const poolValues = new Map<TSESTree.Node, RequestSite>();
  const poolHolders = new Map<TSESTree.Node, RequestSite>();
  for (const request of sending) {
    for (const option of request.pools) poolValues.set(unwrap(option.valueNode), request);
    for (const options of request.options) {
      poolHolders.set(unwrap(options.node), request);
      for (const path of request.requester.poolOptions) {
        const [head, ...rest] = path.split('.');
        const found = rest.length > 0 ? lookup(options.shape, head!) : null;
        if (found?.state === 'present') poolHolders.set(unwrap(found.entry.valueNode), request);
      }
    }
  }
  const uses: PoolUse[] = [];
  for (const request of sending) {
    for (const option of request.pools) {
      if (!option.pool) continue;
      const flow = traceFlow(option.valueNode, option.pool, request, sourceCode, poolValues, poolHolders);
      if (!flow) continue;
      const owner = ownerOf(option.pool.node);
      uses.push({
        pool: option.pool,
        request: request.label,
        via: flow.via,
        repeats: owner ? 'call' : loopAround(option.pool.node, null) ? 'iteration' : 'once',
        functionName: owner ? functionName(owner) : null,
        confined: flow.confined,
      });
    }
  }
  return uses;
}

function traceFlow(
  valueNode: TSESTree.Node,
  pool: JsClientSite,
  request: RequestSite,
  sourceCode: Readonly<TSESLint.SourceCode>,
  poolValues: ReadonlyMap<TSESTree.Node, RequestSite>,
  poolHolders: ReadonlyMap<TSESTree.Node, RequestSite>,
): { via: PoolUse['via']; confined: boolean } | null {
  const value = unwrap(valueNode);
  const owner = ownerOf(pool.node);
  if (value === pool.node && contains(request.node, pool.node)) return { via: 'inline', confined: true };
  if (value === pool.node) {
    // `const options = { dispatcher: new Agent() }` handed to requests as their options.
    const holder = holderVariable(pool.node, sourceCode);
    return holder ? { via: 'local', confined: readOnlyBy(holder, poolHolders, owner) } : null;
  }
  if (value.type !== 'Identifier') return null;
  // `const agent = new Agent()` named in the requests' options.
  const variable = singleAssignmentVariable(value, sourceCode.getScope(value));
  const init = variable?.defs[0]?.node.type === 'VariableDeclarator' ? variable.defs[0].node.init : null;
  if (!variable || !init || unwrap(init) !== pool.node) return null;
  return { via: 'local', confined: readOnlyBy(variable, poolValues, owner) };
}

/** The variable whose initializer is the object literal (possibly nested) that holds the construction. */
function holderVariable(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): Scope.Variable | null {
  let current: TSESTree.Node = node;
  for (;;) {
    const parent = climbWrappers(current).parent;
    if (parent?.type === 'Property' && parent.value === climbWrappers(current) && parent.parent.type === 'ObjectExpression') {
      current = parent.parent;
      continue;
    }
    if (parent?.type !== 'VariableDeclarator' || parent.id.type !== 'Identifier' || current === node) return null;
    return singleAssignmentVariable(parent.id, sourceCode.getScope(parent));
  }
}

/** Every read of the variable is one of the given request nodes, sent from the function that built the pool. */
function readOnlyBy(variable: Scope.Variable, consumers: ReadonlyMap<TSESTree.Node, RequestSite>, owner: Owner): boolean {
  const reads = variable.references.filter((reference) => !reference.init);
  return (
    reads.length > 0 &&
    reads.every((reference) => {
      // Consumers are keyed by the unwrapped value, which is the identifier itself.
      const request = consumers.get(reference.identifier as TSESTree.Node);
      return request !== undefined && ownerOf(request.node) === owner;
    })
  );
}

/** The outermost `x as T`, `x!`, `x satisfies T` around a node: the node a consumer sees. */
function climbWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && unwrap(current.parent) === unwrap(node)) current = current.parent;
  return current;
}

function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const LOOPS = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/**
 * What runs a node more than once: the nearest function (a function invoked on the spot counts as the code
 * around it) or an instance field initializer. `null`: module level.
 */
function ownerOf(node: TSESTree.Node): Owner {
  let child = node;
  for (let current = node.parent; current; child = current, current = current.parent) {
    if (FUNCTIONS.has(current.type) && !isInvokedOnTheSpot(current)) return current;
    if (current.type === 'PropertyDefinition' && current.value === child && !current.static) return current;
  }
  return null;
}

function isInvokedOnTheSpot(fn: TSESTree.Node): boolean {
  const parent = fn.parent;
  return parent?.type === 'CallExpression' && parent.callee === fn;
}

/** A loop whose repeated part holds the node, looking no further out than `stop`. */
function loopAround(node: TSESTree.Node, stop: Owner): TSESTree.Node | null {
  let child = node;
  for (let current = node.parent; current && current !== stop; child = current, current = current.parent) {
    if (!LOOPS.has(current.type)) continue;
    const runsOnce =
      (current.type === 'ForStatement' && current.init === child) ||
      ((current.type === 'ForInStatement' || current.type === 'ForOfStatement') && current.right === child);
    if (!runsOnce) return current;
  }
  return null;
}

function functionName(owner: TSESTree.Node): string | null {
  if ((owner.type === 'FunctionDeclaration' || owner.type === 'FunctionExpression') && owner.id) return owner.id.name;
  const parent = owner.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if ((parent?.type === 'MethodDefinition' || parent?.type === 'Property') && !parent.computed && parent.key.type === 'Identifier') {
    return parent.key.name;
  }
  if (owner.type === 'PropertyDefinition' && !owner.computed && owner.key.type === 'Identifier') return owner.key.name;
  return null;
}
