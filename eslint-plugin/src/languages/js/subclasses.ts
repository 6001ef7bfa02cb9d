import { getPropertyName } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { PoolReferenceInfo } from './client-sites';
import type { JsModule } from './js-module';
import { classHandlesIdle, functionHandlesIdle } from './idle-overrides';
import { forEachNode } from './node-walk';
import { poolConstructorOf, traceNodeOf } from './trace-nodes';
import { unwrap } from './static-values';

/**
 * Subclasses of a pool constructor: `class ApiAgent extends https.Agent { constructor(o) { super({ …, ...o }) } }`
 * (also a class a factory returns), and the older `function ApiAgent(o) { https.Agent.call(this, o) }` with
 * `util.inherits`. What a subclass passes to its base is a pool construction, resolved with the arguments of each
 * `new ApiAgent(…)`.
 */

export type SubclassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

/** How a subclass's constructor builds its base. */
export type BaseConstruction =
  /** No constructor of its own (or `constructor(...args) { super(...args) }`): the arguments go to the base as they are. */
  | { readonly kind: 'passthrough' }
  | {
      readonly kind: 'call';
      /** `super(…)`, or `Base.call(this, …)` / `Base.apply(this, [ … ])` of a function-style subclass. */
      readonly call: TSESTree.CallExpression;
      /** The arguments the base receives: `super`'s own, or those after `this`. */
      readonly arguments: readonly TSESTree.CallExpressionArgument[];
      readonly params: readonly TSESTree.Parameter[];
      /** The constructor function's scope (where its parameters live) and the scope of the call. */
      readonly functionScope: Scope.Scope;
      readonly callScope: Scope.Scope;
    }
  /** Several base calls, or one whose arguments cannot be seen: the options are unknown. */
  | { readonly kind: 'unknown' };

export interface PoolSubclass {
  /** How messages name it (`ApiAgent`), when it has a name. */
  readonly name: string | null;
  readonly node: SubclassNode;
  readonly module: JsModule;
  /** What it extends: a catalogued constructor, or another subclass of one. */
  readonly base: PoolReferenceInfo;
  readonly build: BaseConstruction;
  /**
   * Its own code decides when idle sockets close (it overrides `keepSocketAlive` / `reuseSocket`, has a method
   * named for free or idle sockets, listens for `'free'`, or sets socket timeouts itself): the idle time is unknown.
   */
  readonly ownIdleBehaviour: boolean;
}

const subclasses = new WeakMap<TSESTree.Node, PoolSubclass | null>();
const pending = new WeakSet<TSESTree.Node>();

/** The subclass a class is, when it extends a pool constructor (directly or through other subclasses). */
export function classSubclass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression, module: JsModule): PoolSubclass | null {
  return memo(node, () => {
    if (!node.superClass) return null;
    const base = poolConstructorOf(traceNodeOf(node.superClass, module.sourceCode.getScope(node) as Scope.Scope));
    if (!base) return null;
    const constructor = node.body.body.find((member): member is TSESTree.MethodDefinition => member.type === 'MethodDefinition' && member.kind === 'constructor');
    const build = !constructor ? { kind: 'passthrough' as const } : constructor.value.type === 'FunctionExpression' ? superConstruction(constructor.value, module) : { kind: 'unknown' as const };
    return { name: nameOf(node), node, module, base, build, ownIdleBehaviour: inheritsIdle(base) || classHandlesIdle(node, module) };
  });
}

/** The subclass a function is, when it runs a pool constructor on `this` (`https.Agent.call(this, options)`). */
export function functionSubclass(node: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression, module: JsModule): PoolSubclass | null {
  return memo(node, () => {
    const calls: Array<{ call: TSESTree.CallExpression; base: PoolReferenceInfo }> = [];
    forEachNode(node.body, module.sourceCode.visitorKeys, (inner) => {
      if (inner.type !== 'CallExpression' || inner.callee.type !== 'MemberExpression' || inner.arguments[0]?.type !== 'ThisExpression') return;
      const method = getPropertyName(inner.callee as never);
      if (method !== 'call' && method !== 'apply') return;
      const base = poolConstructorOf(traceNodeOf(inner.callee.object, module.sourceCode.getScope(inner) as Scope.Scope));
      if (base) calls.push({ call: inner, base });
    });
    if (calls.length === 0) return null;
    const { call, base } = calls[0]!;
    const build = calls.length > 1 ? { kind: 'unknown' as const } : thisConstruction(node, call, module);
    return { name: nameOf(node), node, module, base, build, ownIdleBehaviour: inheritsIdle(base) || functionHandlesIdle(node, module) };
  });
}

/** The nearest function whose `this` a call runs in (arrow functions have none of their own). */
export function thisFunctionOf(node: TSESTree.Node): TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'FunctionDeclaration' || current.type === 'FunctionExpression') return current;
  }
  return null;
}

function memo(node: TSESTree.Node, find: () => PoolSubclass | null): PoolSubclass | null {
  if (subclasses.has(node)) return subclasses.get(node)!;
  // A class that (through aliases) extends itself is no subclass of anything.
  if (pending.has(node)) return null;
  pending.add(node);
  try {
    const found = find();
    subclasses.set(node, found);
    // The base constructor reads the options it is given: passing a parameter to it writes nothing to it.
    if (found?.build.kind === 'call') found.module.knownCalls.add(found.build.call);
    return found;
  } finally {
    pending.delete(node);
  }
}

function superConstruction(constructor: TSESTree.FunctionExpression, module: JsModule): BaseConstruction {
  const calls: TSESTree.CallExpression[] = [];
  forEachNode(constructor.body!, module.sourceCode.visitorKeys, (inner) => {
    if (inner.type === 'CallExpression' && inner.callee.type === 'Super') calls.push(inner);
  });
  if (calls.length !== 1) return { kind: 'unknown' };
  const call = calls[0]!;
  if (isRestPassthrough(constructor.params, call.arguments)) return { kind: 'passthrough' };
  return {
    kind: 'call',
    call,
    arguments: call.arguments,
    params: constructor.params,
    functionScope: module.sourceCode.getScope(constructor) as Scope.Scope,
    callScope: module.sourceCode.getScope(call) as Scope.Scope,
  };
}

/** `Base.call(this, a, b)` or `Base.apply(this, [a, b])`; `Base.apply(this, arguments)` passes everything on. */
function thisConstruction(fn: TSESTree.FunctionDeclaration | TSESTree.FunctionExpression, call: TSESTree.CallExpression, module: JsModule): BaseConstruction {
  const method = getPropertyName(call.callee as never);
  let args: readonly TSESTree.CallExpressionArgument[] = call.arguments.slice(1);
  if (method === 'apply') {
    const list = args[0] ? unwrap(args[0]) : null;
    if (list?.type === 'Identifier' && list.name === 'arguments' && args.length === 1) return { kind: 'passthrough' };
    if (list?.type !== 'ArrayExpression' || list.elements.some((element) => element === null)) return { kind: 'unknown' };
    args = list.elements as TSESTree.CallExpressionArgument[];
  }
  return {
    kind: 'call',
    call,
    arguments: args,
    // TypeScript's `this: T` annotation is no parameter at run time.
    params: fn.params.filter((param) => !(param.type === 'Identifier' && param.name === 'this')),
    functionScope: module.sourceCode.getScope(fn) as Scope.Scope,
    callScope: module.sourceCode.getScope(call) as Scope.Scope,
  };
}

/** `constructor(...args) { super(...args) }`. */
function isRestPassthrough(params: readonly TSESTree.Parameter[], args: readonly TSESTree.CallExpressionArgument[]): boolean {
  const [rest] = params;
  const [spread] = args;
  return (
    params.length === 1 &&
    args.length === 1 &&
    rest?.type === 'RestElement' &&
    rest.argument.type === 'Identifier' &&
    spread?.type === 'SpreadElement' &&
    spread.argument.type === 'Identifier' &&
    spread.argument.name === rest.argument.name
  );
}

function nameOf(node: SubclassNode): string | null {
  if (node.id) return node.id.name;
  const parent = node.parent;
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return parent.id.name;
  if (parent?.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression' && !parent.left.computed && parent.left.property.type === 'Identifier') {
    return parent.left.property.name === 'exports' ? null : parent.left.property.name;
  }
  return null;
}

function inheritsIdle(base: PoolReferenceInfo): boolean {
  return base.subclass?.ownIdleBehaviour === true;
}

/** The variable a class or function is known by in its module. */
export function bindingOf(node: SubclassNode, module: JsModule): Scope.Variable | null {
  const declaring = node.type === 'ClassDeclaration' || node.type === 'FunctionDeclaration' ? node : node.parent?.type === 'VariableDeclarator' ? node.parent : null;
  if (!declaring) return null;
  const name = node.type === 'ClassDeclaration' || node.type === 'FunctionDeclaration' ? node.id?.name : nameOf(node);
  return module.sourceCode.getDeclaredVariables(declaring).find((variable) => variable.name === name) ?? null;
}
