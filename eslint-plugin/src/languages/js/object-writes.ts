import { getPropertyName, getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import { moduleOf } from './js-module';
import { ShapeBuilder, type ObjectShape } from './object-shapes';

/**
 * What code does to an object held in a variable, wherever in the file it does it (no flow analysis: a write
 * anywhere counts). `keys`: only these keys may have changed (`options.agent = …`, `delete options.timeout`,
 * `Object.assign(options, { timeout })`); `all`: any key may have (a computed key, `Object.assign` with an unseen
 * source, the object handed to a function that may write to it).
 */
export type ObjectWrites = { readonly all: true } | { readonly all: false; readonly keys: ReadonlySet<string> };

/** The keys an `Object.assign` source sets, when they can all be seen. */
type KeysOf = (source: TSESTree.Node, scope: Scope.Scope) => readonly string[] | null;

const NONE: ObjectWrites = { all: false, keys: new Set() };
const ALL: ObjectWrites = { all: true };

/** Functions known to read an object without writing to it. */
const READING_CALLS = new Set([
  'Object.keys', 'Object.values', 'Object.entries', 'Object.freeze', 'Object.isFrozen', 'Object.getOwnPropertyNames',
  'Object.hasOwn', 'Object.getPrototypeOf', 'JSON.stringify', 'structuredClone', 'Array.isArray', 'Boolean', 'String',
  'console.log', 'console.info', 'console.warn', 'console.error', 'console.debug', 'console.dir', 'console.trace',
]);

/** TS wrappers and `a ?? b`-like positions that hand the same object on. */
const PASS_THROUGH = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'ChainExpression']);

/**
 * @param knownCalls calls and constructions that read their options without writing them (the tracked ones).
 * @param keyOf resolves the keys an `Object.assign` source sets (`null` when they cannot be seen).
 */
export function writesTo(
  variable: Scope.Variable,
  knownCalls: ReadonlySet<TSESTree.Node>,
  keyOf: KeysOf,
  depth = 0,
): ObjectWrites {
  const keys = new Set<string>();
  for (const reference of variable.references) {
    if (reference.init || reference.isWrite()) continue;
    const written = writesThrough(reference.identifier as TSESTree.Node, reference.from as Scope.Scope, knownCalls, keyOf, depth);
    if (written.all) return ALL;
    for (const key of written.keys) keys.add(key);
  }
  return keys.size === 0 ? NONE : { all: false, keys };
}

function writesThrough(
  read: TSESTree.Node,
  scope: Scope.Scope,
  knownCalls: ReadonlySet<TSESTree.Node>,
  keyOf: KeysOf,
  depth: number,
): ObjectWrites {
  let node = read;
  while (node.parent && PASS_THROUGH.has(node.parent.type)) node = node.parent;
  const parent = node.parent;
  if (!parent) return NONE;
  if (parent.type === 'MemberExpression' && parent.object === node) return memberWrites(parent, scope);
  if (parent.type === 'CallExpression' || parent.type === 'NewExpression') {
    if (parent.callee === node) return NONE;
    return callWrites(parent, node, scope, knownCalls, keyOf);
  }
  // `const alias = options`: whatever is done to the alias is done to the object.
  if (parent.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
    const alias = scope.set.get(parent.id.name) ?? findInScopes(scope, parent.id.name);
    return alias && depth < 3 ? writesTo(alias, knownCalls, keyOf, depth + 1) : ALL;
  }
  // `[...options]`, `f(...options)` are not object uses; anything else (a spread into a literal, a return, a
  // property value) hands the object on to be read.
  return NONE;
}

/** `options.x = …`, `options.x.y = …`, `delete options.x`, `options.x++`, `({ a: options.x } = …)`, `options.x.push()`. */
function memberWrites(member: TSESTree.MemberExpression, scope: Scope.Scope): ObjectWrites {
  const key = staticKey(member, scope);
  let top: TSESTree.Node = member;
  while (top.parent?.type === 'MemberExpression' && top.parent.object === top) top = top.parent;
  const nested = top !== member;
  // `options.method()` runs with `this` = the object: it may write anything.
  if (!nested && isMethodCallee(member)) return READING_METHODS.has(key ?? '') ? NONE : ALL;
  const written = isWriteTarget(top) || (nested && isMethodCallee(top)) || isAssignTarget(top, scope);
  if (!written) return NONE;
  return key === null ? ALL : { all: false, keys: new Set([key]) };
}

const READING_METHODS = new Set(['hasOwnProperty', 'toString', 'valueOf', 'propertyIsEnumerable', 'toLocaleString']);

function callWrites(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  argument: TSESTree.Node,
  scope: Scope.Scope,
  knownCalls: ReadonlySet<TSESTree.Node>,
  keyOf: KeysOf,
): ObjectWrites {
  if (knownCalls.has(call)) return NONE;
  const name = calleeName(call.callee, scope);
  if (name !== null && READING_CALLS.has(name)) return NONE;
  if (name === 'Object.assign') {
    if (call.arguments[0] !== argument) return NONE;
    const keys = new Set<string>();
    for (const source of call.arguments.slice(1)) {
      const set = source.type === 'SpreadElement' ? null : keyOf(source, scope);
      if (set === null) return ALL;
      for (const key of set) keys.add(key);
    }
    return { all: false, keys };
  }
  if (name === 'Object.defineProperty' && call.arguments[0] === argument) {
    const key = call.arguments[1] ? getStaticValue(call.arguments[1] as never, scope as never) : null;
    return key && typeof key.value === 'string' ? { all: false, keys: new Set([key.value]) } : ALL;
  }
  return ALL;
}

/** `Object.assign`, `console.log`, `JSON.stringify` when the global is not shadowed. */
function calleeName(callee: TSESTree.Node, scope: Scope.Scope): string | null {
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier') return callee.type === 'Identifier' && isGlobal(callee, scope) ? callee.name : null;
  const property = getPropertyName(callee as never, scope as never);
  return property && isGlobal(callee.object, scope) ? `${callee.object.name}.${property}` : null;
}

function isGlobal(identifier: TSESTree.Identifier, scope: Scope.Scope): boolean {
  for (let current: Scope.Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(identifier.name);
    if (variable) return current.upper === null && variable.defs.length === 0;
  }
  return true;
}

function staticKey(member: TSESTree.MemberExpression, scope: Scope.Scope): string | null {
  const name = getPropertyName(member as never, scope as never);
  return typeof name === 'string' ? name : null;
}

function isWriteTarget(node: TSESTree.Node): boolean {
  const parent = node.parent;
  if (!parent) return false;
  if (parent.type === 'AssignmentExpression') return parent.left === node;
  if (parent.type === 'UpdateExpression') return true;
  if (parent.type === 'UnaryExpression') return parent.operator === 'delete';
  if (parent.type === 'ForInStatement' || parent.type === 'ForOfStatement') return parent.left === node;
  // A destructuring target: `({ a: options.x } = y)`, `[options.x] = y`, `[...options.x] = y`, `{ x = 1 }`.
  if (parent.type === 'Property') return parent.value === node && parent.parent.type === 'ObjectPattern';
  return parent.type === 'ArrayPattern' || parent.type === 'RestElement' || (parent.type === 'AssignmentPattern' && parent.left === node);
}

function isMethodCallee(member: TSESTree.Node): boolean {
  return member.parent?.type === 'CallExpression' && member.parent.callee === member;
}

/** `Object.assign(options.connect, …)`: the nested object the key holds is written. */
function isAssignTarget(node: TSESTree.Node, scope: Scope.Scope): boolean {
  const call = node.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== node) return false;
  const name = calleeName(call.callee, scope);
  return name === 'Object.assign' || name === 'Object.defineProperty';
}

function findInScopes(scope: Scope.Scope, name: string): Scope.Variable | undefined {
  for (let current: Scope.Scope | null = scope; current; current = current.upper) {
    const variable = current.set.get(name);
    if (variable) return variable;
  }
  return undefined;
}

const writesByVariable = new WeakMap<Scope.Variable, ObjectWrites>();

/** The shape once every write the module makes to the variable's object is applied. */
export function afterWrites(shape: ObjectShape, variable: Scope.Variable, scope: Scope.Scope, keyOf: KeysOf): ObjectShape {
  let writes = writesByVariable.get(variable);
  if (!writes) {
    writes = writesTo(variable, moduleOf(scope)?.knownCalls ?? new Set(), keyOf);
    writesByVariable.set(variable, writes);
  }
  if (!writes.all && writes.keys.size === 0) return shape;
  const builder = new ShapeBuilder(shape.literal);
  builder.merge(shape);
  if (writes.all) builder.forgetAll();
  else for (const key of writes.keys) builder.forget(key);
  return builder.build();
}
