import { getPropertyName } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

/** Where a variable's one value comes from: its initializer, or one key of the object it is destructured from. */
export type DeclaredValue =
  | { readonly kind: 'init'; readonly node: TSESTree.Expression; readonly scope: Scope.Scope }
  | {
      readonly kind: 'key';
      /** The object destructured: `{ ...DEFAULTS }` in `const { keepAlive } = { ...DEFAULTS }`. */
      readonly init: TSESTree.Expression;
      readonly key: string;
      /** `const { keepAlive = true } = …`: the value when the key is absent. */
      readonly fallback: TSESTree.Expression | null;
      readonly scope: Scope.Scope;
    };

/** The value of a variable declared once with an initializer and never assigned again (`const`, or a `let` left alone). */
export function declaredValue(variable: Scope.Variable): DeclaredValue | null {
  const definition = variable.defs.length === 1 ? variable.defs[0] : undefined;
  if (definition?.type !== 'Variable' || !definition.node.init || isReassigned(variable)) return null;
  const { id, init } = definition.node;
  const scope = variable.scope as Scope.Scope;
  if (id.type === 'Identifier') return { kind: 'init', node: init, scope };
  const found = id.type === 'ObjectPattern' ? patternKey(id, variable.name, scope) : null;
  return found ? { kind: 'key', init, key: found.key, fallback: found.fallback, scope } : null;
}

/** Written again after its declaration (a `let` or `var` assigned later). */
export function isReassigned(variable: Scope.Variable): boolean {
  return variable.references.some((reference) => reference.isWrite() && !reference.init);
}

/** The key a name takes in a one-level object pattern: `{ keepAlive }`, `{ keepAlive: k = true }`. Rest and nesting: `null`. */
export function patternKey(pattern: TSESTree.ObjectPattern, name: string, scope: Scope.Scope): { key: string; fallback: TSESTree.Expression | null } | null {
  for (const property of pattern.properties) {
    if (property.type !== 'Property') continue;
    const value = property.value;
    const bound = value.type === 'Identifier' ? value : value.type === 'AssignmentPattern' && value.left.type === 'Identifier' ? value.left : null;
    if (bound?.name !== name) continue;
    const key = getPropertyName(property as never, scope as never);
    if (typeof key !== 'string') return null;
    return { key, fallback: value.type === 'AssignmentPattern' ? value.right : null };
  }
  return null;
}
