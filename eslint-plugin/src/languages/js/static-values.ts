import { findVariable, getPropertyName, getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { StaticValue } from '../../sites';
import type { Bindings, BoundArgument } from './bindings';
import { exportOf, importOf, namespaceOf, requiredModule, wholeOf, type ExportedNode } from './imported-values';
import { moduleOf } from './js-module';
import { anchored, lookup, ShapeBuilder, UNKNOWN, type ObjectEntry, type ObjectShape, type Place } from './object-shapes';
import { afterWrites } from './object-writes';
import { binaryValue, templateValue, unaryValue } from './operators';
import { declaredValue } from './variable-values';

/**
 * Static resolution of option objects and values. A value is either seen (with the node a user wrote it at) or
 * unknown; nothing is ever guessed. Unknown values are never reported as bad ones. Resolution follows constants,
 * spreads, `Object.assign`, destructuring, constructor arguments (subclasses) and imports of the project's own
 * modules; a key written somewhere it cannot see becomes unknown, the rest of the object stays known.
 */

export { lookup, UNKNOWN, type Lookup, type ObjectEntry, type ObjectShape, type Place } from './object-shapes';
export type { StaticValue };

/** Resolution gives up past this many hops (constants of constants, modules of modules). */
const MAX_DEPTH = 12;

/** Strip what does not change a value: TS `as`, `satisfies`, `!`, `<T>x`. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.type === 'TSAsExpression' ||
    current.type === 'TSSatisfiesExpression' ||
    current.type === 'TSNonNullExpression' ||
    current.type === 'TSTypeAssertion'
  ) {
    current = current.expression;
  }
  return current;
}

export function resolveValue(node: TSESTree.Node, scope: Scope.Scope, bindings: Bindings | null = null): StaticValue {
  return valueAt(node, { scope, bindings }, 0);
}

/** Resolves an expression to the shape of the object it evaluates to, or `null` when that cannot be seen. */
export function resolveObject(node: TSESTree.Node, scope: Scope.Scope, bindings: Bindings | null = null): ObjectShape | null {
  return objectAt(node, { scope, bindings }, 0);
}

/** The object an entry's value is (`connect: { … }`), as seen from where the entry came in. */
export function entryObject(entry: ObjectEntry, depth = 0): ObjectShape | null {
  const shape = objectAt(entry.valueNode, entry.place, depth + 1);
  return shape && entry.anchor ? anchored(shape, entry.anchor, entryModule) : shape;
}

export function entryModule(entry: ObjectEntry) {
  return moduleOf(entry.place.scope);
}

function valueAt(node: TSESTree.Node, place: Place, depth: number): StaticValue {
  if (depth > MAX_DEPTH) return UNKNOWN;
  const target = unwrap(node);
  if (target.type === 'Identifier') {
    const bound = boundArgument(target, place);
    if (bound) return bound.kind === 'node' ? valueAt(bound.node, bound.place, depth + 1) : bound.kind === 'missing' ? { known: true, value: undefined } : UNKNOWN;
  }
  const seen = getStaticValue(target as never, place.scope as never);
  if (seen) return { known: true, value: seen.value };
  switch (target.type) {
    case 'Identifier':
      return identifierValue(target, place, depth);
    case 'MemberExpression':
      return memberValue(target, place, depth);
    case 'BinaryExpression':
      return binaryValue(target, (operand) => valueAt(operand, place, depth + 1));
    case 'UnaryExpression':
      return unaryValue(target, (operand) => valueAt(operand, place, depth + 1));
    case 'ConditionalExpression': {
      const test = valueAt(target.test, place, depth + 1);
      return test.known ? valueAt(test.value ? target.consequent : target.alternate, place, depth + 1) : UNKNOWN;
    }
    case 'TemplateLiteral':
      return templateValue(target, (operand) => valueAt(operand, place, depth + 1));
    default:
      return UNKNOWN;
  }
}

function identifierValue(identifier: TSESTree.Identifier, place: Place, depth: number): StaticValue {
  const variable = findVariable(place.scope as never, identifier as never) as Scope.Variable | null;
  if (!variable) return UNKNOWN;
  const imported = importOf(variable);
  if (imported) return imported.kind === 'export' ? valueAt(imported.node, imported.place, depth + 1) : UNKNOWN;
  const declared = declaredValue(variable);
  if (!declared) return UNKNOWN;
  const where = { scope: declared.scope, bindings: place.bindings };
  if (declared.kind === 'init') return valueAt(declared.node, where, depth + 1);
  // `const { keepAlive } = { ...DEFAULTS }`
  const object = objectAt(declared.init, where, depth + 1);
  const found = object ? lookup(object, declared.key) : { state: 'unknown' as const };
  if (found.state === 'present') return found.entry.value;
  if (found.state === 'absent') return declared.fallback ? valueAt(declared.fallback, where, depth + 1) : { known: true, value: undefined };
  return UNKNOWN;
}

function memberValue(member: TSESTree.MemberExpression, place: Place, depth: number): StaticValue {
  const key = propertyKey(member, place);
  if (key === null) return UNKNOWN;
  const namespace = namespaceOf(member.object, place.scope);
  if (namespace) {
    const exported = exportOf(namespace, key);
    return exported ? valueAt(exported.node, exported.place, depth + 1) : UNKNOWN;
  }
  const object = objectAt(member.object, place, depth + 1);
  const found = object ? lookup(object, key) : null;
  if (found?.state === 'present') return found.entry.value;
  return found?.state === 'absent' ? { known: true, value: undefined } : UNKNOWN;
}

function objectAt(node: TSESTree.Node, place: Place, depth: number): ObjectShape | null {
  if (depth > MAX_DEPTH) return null;
  const target = unwrap(node);
  switch (target.type) {
    case 'ObjectExpression':
      return literalShape(target, place, depth);
    case 'Identifier':
      return identifierObject(target, place, depth);
    case 'MemberExpression':
      return memberObject(target, place, depth);
    case 'LogicalExpression':
      return logicalObject(target, place, depth);
    case 'CallExpression': {
      if (isObjectAssign(target, place.scope)) return assignShape(target, place, depth);
      const module = requiredModule(target, place.scope);
      const whole = module ? wholeOf(module) : null;
      return whole ? crossing(whole, target, place, depth) : null;
    }
    default:
      return null;
  }
}

function literalShape(literal: TSESTree.ObjectExpression, place: Place, depth: number): ObjectShape {
  const builder = new ShapeBuilder(literal);
  for (const property of literal.properties) {
    if (property.type === 'SpreadElement') {
      builder.merge(objectAt(property.argument, place, depth + 1));
      continue;
    }
    const key = getPropertyName(property as never, place.scope as never);
    if (key === null || key === undefined) {
      builder.merge(null);
      continue;
    }
    const valueNode = property.value;
    const value = property.kind === 'init' && !property.method ? valueAt(valueNode, place, depth + 1) : UNKNOWN;
    builder.set(key, { value, valueNode, property, place });
  }
  return builder.build();
}

/** A name: a constructor argument, a constant (or a `let` never reassigned), a destructured key, or an import. */
function identifierObject(identifier: TSESTree.Identifier, place: Place, depth: number): ObjectShape | null {
  const bound = boundArgument(identifier, place);
  const variable = findVariable(place.scope as never, identifier as never) as Scope.Variable | null;
  if (!variable) return null;
  if (bound) {
    const shape = bound.kind === 'node' ? objectAt(bound.node, bound.place, depth + 1) : bound.kind === 'missing' ? EMPTY : null;
    // What the constructor itself writes to its parameter (`options.keepAlive = true`) before passing it on.
    return shape && afterWrites(shape, variable, place.scope, assignedKeys);
  }
  const imported = importOf(variable);
  if (imported) {
    const source = imported.kind === 'export' ? imported : wholeOf(imported.module);
    const shape = source ? crossing(source, identifier, place, depth) : null;
    return shape && afterWrites(shape, variable, place.scope, assignedKeys);
  }
  const declared = declaredValue(variable);
  if (!declared) return null;
  const where = { scope: declared.scope, bindings: place.bindings };
  let shape: ObjectShape | null;
  if (declared.kind === 'init') shape = objectAt(declared.node, where, depth + 1);
  else {
    const object = objectAt(declared.init, where, depth + 1);
    const found = object ? lookup(object, declared.key) : null;
    shape = found?.state === 'present' ? entryObject(found.entry, depth) : found?.state === 'absent' && declared.fallback ? objectAt(declared.fallback, where, depth + 1) : null;
  }
  return shape && afterWrites(shape, variable, place.scope, assignedKeys);
}

/** `config.agentOptions`: a named export of a project module, or a key of an object that can be seen. */
function memberObject(member: TSESTree.MemberExpression, place: Place, depth: number): ObjectShape | null {
  const key = propertyKey(member, place);
  if (key === null) return null;
  const namespace = namespaceOf(member.object, place.scope);
  if (namespace) {
    const exported = exportOf(namespace, key);
    return exported ? crossing(exported, member, place, depth) : null;
  }
  const object = objectAt(member.object, place, depth + 1);
  const found = object ? lookup(object, key) : null;
  return found?.state === 'present' ? entryObject(found.entry, depth) : null;
}

/** `options || {}`, `options ?? defaults`: the left object when it is one, the right one when the left is nothing. */
function logicalObject(logical: TSESTree.LogicalExpression, place: Place, depth: number): ObjectShape | null {
  if (logical.operator === '&&') return null;
  const left = valueAt(logical.left, place, depth + 1);
  if (left.known && (left.value === undefined || left.value === null || (logical.operator === '||' && !left.value))) return objectAt(logical.right, place, depth + 1);
  return left.known ? null : objectAt(logical.left, place, depth + 1);
}

/** A value written in another module: resolved there, and marked as entering here at `through`. */
function crossing(exported: ExportedNode, through: TSESTree.Node, place: Place, depth: number): ObjectShape | null {
  const shape = objectAt(exported.node, exported.place, depth + 1);
  return shape && anchored(shape, { node: through, module: moduleOf(place.scope) }, entryModule);
}

function isObjectAssign(call: TSESTree.CallExpression, scope: Scope.Scope): boolean {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'Object') return false;
  if (getPropertyName(callee as never, scope as never) !== 'assign') return false;
  const variable = findVariable(scope as never, callee.object as never) as Scope.Variable | null;
  return !variable || variable.defs.length === 0;
}

function assignShape(call: TSESTree.CallExpression, place: Place, depth: number): ObjectShape | null {
  const [first, ...rest] = call.arguments;
  if (!first || first.type === 'SpreadElement') return null;
  const base = objectAt(first, place, depth + 1);
  if (!base) return null;
  const builder = new ShapeBuilder(base.literal);
  builder.merge(base);
  for (const argument of rest) builder.merge(argument.type === 'SpreadElement' ? null : objectAt(argument, place, depth + 1));
  return builder.build();
}

const EMPTY: ObjectShape = { entries: new Map(), unknownKeys: new Set(), open: false, literal: null };

function boundArgument(identifier: TSESTree.Identifier, place: Place): BoundArgument | undefined {
  if (!place.bindings) return undefined;
  const variable = findVariable(place.scope as never, identifier as never) as Scope.Variable | null;
  return variable ? place.bindings.argumentOf(variable) : undefined;
}

function propertyKey(member: TSESTree.MemberExpression, place: Place): string | null {
  const key = getPropertyName(member as never, place.scope as never);
  return typeof key === 'string' ? key : null;
}

/** The keys an `Object.assign` source may set, when they can all be seen. */
function assignedKeys(source: TSESTree.Node, scope: Scope.Scope): readonly string[] | null {
  const shape = resolveObject(source, scope);
  return shape && !shape.open ? [...shape.entries.keys(), ...shape.unknownKeys] : null;
}
