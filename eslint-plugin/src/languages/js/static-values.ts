import { findVariable, getPropertyName, getStaticValue } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { StaticValue } from '../../sites';

/**
 * Static resolution of option objects. A value is either seen (with the node a user wrote it at) or
 * unknown; nothing is ever guessed. Unknown values are never reported as bad ones.
 */

export type { StaticValue };

/** One property as it will be seen at run time, with the node to point at or replace. */
export interface ObjectEntry {
  readonly value: StaticValue;
  readonly valueNode: TSESTree.Node;
  readonly property: TSESTree.Property;
}

export interface ObjectShape {
  /** Entries that are certain (later entries win, as at run time). */
  readonly entries: ReadonlyMap<string, ObjectEntry>;
  /** An unknown spread or computed key was seen: any key not set after it may hold anything. */
  readonly open: boolean;
  /** The object literal a new property can be added to (the one at the call site when there is one). */
  readonly literal: TSESTree.ObjectExpression | null;
}

/** What a lookup of one key gives: a seen entry, certainly absent, or unknown. */
export type Lookup = { readonly state: 'present'; readonly entry: ObjectEntry } | { readonly state: 'absent' } | { readonly state: 'unknown' };

export const UNKNOWN: StaticValue = { known: false };

export function lookup(shape: ObjectShape, key: string): Lookup {
  const entry = shape.entries.get(key);
  if (entry) return { state: 'present', entry };
  if (shape.open) return { state: 'unknown' };
  return { state: 'absent' };
}

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

export function resolveValue(node: TSESTree.Node, scope: Scope.Scope): StaticValue {
  const result = getStaticValue(unwrap(node) as never, scope as never);
  return result ? { known: true, value: result.value } : UNKNOWN;
}

/** Resolves an expression to the shape of the object it evaluates to, or `null` when that cannot be seen. */
export function resolveObject(node: TSESTree.Node, scope: Scope.Scope, depth = 0): ObjectShape | null {
  if (depth > 8) return null;
  const target = unwrap(node);
  if (target.type === 'ObjectExpression') return resolveLiteral(target, scope, depth);
  if (target.type === 'Identifier') return resolveConstObject(target, scope, depth);
  if (target.type === 'CallExpression' && isObjectAssign(target, scope)) return resolveAssign(target, scope, depth);
  return null;
}

function resolveLiteral(literal: TSESTree.ObjectExpression, scope: Scope.Scope, depth: number): ObjectShape {
  const builder = new ShapeBuilder(literal);
  for (const property of literal.properties) {
    if (property.type === 'SpreadElement') {
      builder.merge(resolveObject(property.argument, scope, depth + 1));
      continue;
    }
    const key = getPropertyName(property as never, scope as never);
    if (key === null || key === undefined) {
      builder.merge(null);
      continue;
    }
    const valueNode = property.value;
    builder.set(key, { value: property.kind === 'init' ? resolveValue(valueNode, scope) : UNKNOWN, valueNode, property });
  }
  return builder.build();
}

/** `const options = { … }` used by name: follow it when nothing reassigns or mutates it. */
function resolveConstObject(identifier: TSESTree.Identifier, scope: Scope.Scope, depth: number): ObjectShape | null {
  const variable = findVariable(scope as never, identifier as never) as Scope.Variable | null;
  const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (!variable || definition?.type !== 'Variable' || definition.node.id.type !== 'Identifier') return null;
  const declaration = definition.parent;
  if (!definition.node.init || (declaration.kind !== 'const' && variable.references.some((r) => r.isWrite() && !r.init))) return null;
  if (variable.references.some((r) => isMutated(r.identifier))) return null;
  return resolveObject(definition.node.init, variable.scope, depth + 1);
}

/** `options.timeout = …` or `delete options.timeout` somewhere: the literal no longer tells the truth. */
function isMutated(identifier: TSESTree.Node): boolean {
  const member = identifier.parent;
  if (member?.type !== 'MemberExpression' || member.object !== identifier) return false;
  const parent = member.parent;
  return (
    (parent?.type === 'AssignmentExpression' && parent.left === member) ||
    (parent?.type === 'UnaryExpression' && parent.operator === 'delete') ||
    (parent?.type === 'UpdateExpression')
  );
}

function isObjectAssign(call: TSESTree.CallExpression, scope: Scope.Scope): boolean {
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'Object') return false;
  if (getPropertyName(callee as never, scope as never) !== 'assign') return false;
  const variable = findVariable(scope as never, callee.object as never) as Scope.Variable | null;
  return !variable || variable.defs.length === 0;
}

function resolveAssign(call: TSESTree.CallExpression, scope: Scope.Scope, depth: number): ObjectShape | null {
  const [first, ...rest] = call.arguments;
  if (!first || first.type === 'SpreadElement') return null;
  const base = resolveObject(first, scope, depth + 1);
  if (!base) return null;
  const builder = new ShapeBuilder(base.literal);
  builder.merge(base);
  for (const argument of rest) {
    builder.merge(argument.type === 'SpreadElement' ? null : resolveObject(argument, scope, depth + 1));
  }
  return builder.build();
}

/** Applies properties and spreads in source order, as JavaScript does. */
class ShapeBuilder {
  private readonly entries = new Map<string, ObjectEntry>();
  private open = false;

  constructor(private readonly literal: TSESTree.ObjectExpression | null) {}

  set(key: string, entry: ObjectEntry): void {
    this.entries.set(key, entry);
  }

  /** Merges a spread source; an unknown one (or one with unknown keys) may replace anything set before it. */
  merge(shape: ObjectShape | null): void {
    if (!shape || shape.open) {
      this.entries.clear();
      this.open = true;
    }
    for (const [key, entry] of shape?.entries ?? []) this.set(key, entry);
  }

  build(): ObjectShape {
    return { entries: this.entries, open: this.open, literal: this.literal };
  }
}
