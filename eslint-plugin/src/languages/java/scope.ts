import type { Node } from 'web-tree-sitter';
import { TYPE_DECLARATIONS, modifierWords, same } from './syntax';

/**
 * What a name in an expression refers to, as far as one file shows it. Only a value that cannot change is
 * followed: a `final` field, or a local that is never assigned again (effectively final). A parameter, a field that
 * is not final (set by a constructor, a setter, dependency injection), or a name from elsewhere is unknown.
 */
export type Binding =
  | { readonly kind: 'constant'; readonly declarator: Node; readonly value: Node; readonly scope: 'local' | 'field' }
  /** A local that is assigned again, or declared without a value: it holds an object the code may still configure. */
  | { readonly kind: 'variable'; readonly declarator: Node; readonly scope: 'local' | 'field' }
  | { readonly kind: 'unknown' };

const UNKNOWN: Binding = { kind: 'unknown' };

/** Resolves an identifier at its place in the tree. */
export function bindingOf(identifier: Node): Binding {
  const name = identifier.text;
  let child: Node = identifier;
  let current = identifier.parent;
  while (current) {
    const found = declaredIn(current, child, name);
    if (found) return found;
    if (TYPE_DECLARATIONS.has(current.type)) {
      const field = fieldOf(current, name);
      if (field) return field;
    }
    if (current.type === 'object_creation_expression' && current.namedChildren.some((part) => part?.type === 'class_body')) {
      // An anonymous class's own fields come first; its enclosing scopes follow.
      const body = current.namedChildren.find((part) => part?.type === 'class_body');
      if (body && contains(body, identifier)) {
        const field = fieldOf(current, name);
        if (field) return field;
      }
    }
    child = current;
    current = current.parent;
  }
  return UNKNOWN;
}

function contains(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

/** A declaration of `name` in `scope` that is visible from `from` (a child of `scope` on the way up). */
function declaredIn(scope: Node, from: Node, name: string): Binding | null {
  switch (scope.type) {
    case 'block':
    case 'constructor_body':
    case 'switch_block_statement_group': {
      for (const statement of scope.namedChildren) {
        if (!statement || statement.startIndex >= from.startIndex) break;
        if (statement.type !== 'local_variable_declaration') continue;
        for (const declarator of statement.childrenForFieldName('declarator')) {
          if (declarator?.childForFieldName('name')?.text === name) return localBinding(scope, declarator, statement);
        }
      }
      return null;
    }
    case 'for_statement': {
      const init = scope.childForFieldName('init');
      if (init?.type === 'local_variable_declaration') {
        for (const declarator of init.childrenForFieldName('declarator')) if (declarator?.childForFieldName('name')?.text === name) return UNKNOWN;
      }
      return null;
    }
    case 'enhanced_for_statement':
    case 'catch_clause':
      return scope.descendantsOfType(['identifier']).some((id) => id?.text === name && isDeclaredName(id)) ? UNKNOWN : null;
    case 'try_with_resources_statement': {
      const resources = scope.childForFieldName('resources');
      if (!resources || contains(resources, from)) return null;
      for (const resource of resources.namedChildren) {
        if (resource?.childForFieldName('name')?.text === name) {
          const value = resource.childForFieldName('value');
          return value ? { kind: 'constant', declarator: resource, value, scope: 'local' } : UNKNOWN;
        }
      }
      return null;
    }
    case 'lambda_expression': {
      const parameters = scope.childForFieldName('parameters');
      if (!parameters) return null;
      if (parameters.type === 'identifier') return parameters.text === name ? UNKNOWN : null;
      return parameters.descendantsOfType(['identifier']).some((id) => id?.text === name && isDeclaredName(id)) ? UNKNOWN : null;
    }
    case 'method_declaration':
    case 'constructor_declaration': {
      const parameters = scope.childForFieldName('parameters');
      return parameters?.namedChildren.some((parameter) => parameter?.childForFieldName('name')?.text === name) ? UNKNOWN : null;
    }
    default:
      return null;
  }
}

function isDeclaredName(identifier: Node): boolean {
  const parent = identifier.parent;
  return !!parent && (same(parent.childForFieldName('name'), identifier) || parent.type === 'inferred_parameters');
}

function localBinding(block: Node, declarator: Node, statement: Node): Binding {
  const value = declarator.childForFieldName('value');
  const name = declarator.childForFieldName('name')!.text;
  const final = modifierWords(statement).has('final');
  if (!value) return { kind: 'variable', declarator, scope: 'local' };
  if (final || !isAssignedAgain(block, name, declarator)) return { kind: 'constant', declarator, value, scope: 'local' };
  return { kind: 'variable', declarator, scope: 'local' };
}

/** Whether `name` is assigned or incremented anywhere in `scope` after its declaration. */
export function isAssignedAgain(scope: Node, name: string, declarator: Node): boolean {
  for (const assignment of scope.descendantsOfType(['assignment_expression', 'update_expression'])) {
    if (!assignment || assignment.startIndex < declarator.endIndex) continue;
    const target = assignment.type === 'assignment_expression' ? assignment.childForFieldName('left') : assignment.namedChild(0);
    if (target?.type === 'identifier' && target.text === name) return true;
    if (target?.type === 'field_access' && target.childForFieldName('object')?.type === 'this' && target.childForFieldName('field')?.text === name) return true;
  }
  return false;
}

/** A field `name` declared in a class, record or anonymous class body. */
function fieldOf(type: Node, name: string): Binding | null {
  const body = type.childForFieldName('body') ?? type.namedChildren.find((part) => part?.type === 'class_body');
  if (!body) return null;
  for (const member of body.namedChildren) {
    if (member?.type !== 'field_declaration' && member?.type !== 'constant_declaration') continue;
    for (const declarator of member.childrenForFieldName('declarator')) {
      if (declarator?.childForFieldName('name')?.text !== name) continue;
      const value = declarator.childForFieldName('value');
      // Interface constants are implicitly static final.
      const final = member.type === 'constant_declaration' || modifierWords(member).has('final') || type.type === 'interface_declaration';
      if (final && value) return { kind: 'constant', declarator, value, scope: 'field' };
      return { kind: 'variable', declarator, scope: 'field' };
    }
  }
  return null;
}

/** A `final` field of a class declared in this file, for `Limits.IDLE_MS`. */
export function qualifiedConstant(root: Node, className: string, field: string): Binding {
  for (const type of root.descendantsOfType([...TYPE_DECLARATIONS])) {
    if (type?.childForFieldName('name')?.text !== className) continue;
    const found = fieldOf(type, field);
    if (found) return found;
  }
  return UNKNOWN;
}
