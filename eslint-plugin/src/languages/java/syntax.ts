import type { Node } from 'web-tree-sitter';
import type { TextRange } from '../../sites';

/**
 * Small questions about tree-sitter-java nodes (grammar 0.23.5). Nodes are fresh wrappers on each access: compare
 * them by `id`, never with `===`.
 */

export function rangeOf(node: Node): TextRange {
  return [node.startIndex, node.endIndex];
}

/** A call as a link of a chain: from its method name to its closing parenthesis (`evictIdleConnections(5, SECONDS)`). */
export function linkRange(call: Node): TextRange {
  const name = call.type === 'method_invocation' ? call.childForFieldName('name') : null;
  return name ? [name.startIndex, call.endIndex] : rangeOf(call);
}

export function same(a: Node | null | undefined, b: Node | null | undefined): boolean {
  return !!a && !!b && a.id === b.id;
}

/** The named arguments of a call or `new`, in order (`[]` without an argument list). */
export function argumentsOf(call: Node): Node[] {
  const list = call.childForFieldName('arguments');
  return list ? list.namedChildren.filter((child): child is Node => child !== null && !isComment(child)) : [];
}

export function isComment(node: Node): boolean {
  return node.type === 'line_comment' || node.type === 'block_comment';
}

/** The method name of a `method_invocation`. */
export function methodName(call: Node): string | null {
  if (call.type !== 'method_invocation') return null;
  // Every client and server finder asks each call of the file its name and receiver: read once per node.
  let name = methodNames.get(call);
  if (name === undefined) methodNames.set(call, (name = call.childForFieldName('name')?.text ?? null));
  return name;
}

const methodNames = new WeakMap<Node, string | null>();

/** The receiver of a `method_invocation` (`null` for an unqualified call `m()`). */
export function receiverOf(call: Node): Node | null {
  if (call.type !== 'method_invocation') return null;
  let receiver = receivers.get(call);
  if (receiver === undefined) receivers.set(call, (receiver = call.childForFieldName('object')));
  return receiver;
}

const receivers = new WeakMap<Node, Node | null>();

/** An expression without the parentheses around it. */
export function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildCount === 1) current = current.namedChild(0)!;
  return current;
}

/** The expression a node is part of, seen from outside its parentheses. */
export function outermost(node: Node): Node {
  let current = node;
  while (current.parent?.type === 'parenthesized_expression') current = current.parent;
  return current;
}

/**
 * The chain a call or construction heads: `root.a().b()` from `root`, each call in order. Parentheses around a
 * link are looked through.
 */
export function chainAbove(root: Node): Node[] {
  const calls: Node[] = [];
  let current = outermost(root);
  for (;;) {
    const parent = current.parent;
    if (!parent || parent.type !== 'method_invocation' || !same(parent.childForFieldName('object'), current)) break;
    calls.push(parent);
    current = outermost(parent);
  }
  return calls;
}

/** The nearest method or constructor declaration around a node (lambdas looked through). */
export function enclosingMethod(node: Node): Node | null {
  let current = node.parent;
  while (current) {
    if (current.type === 'method_declaration' || current.type === 'constructor_declaration' || current.type === 'compact_constructor_declaration') return current;
    if (current.type === 'class_body' && current.parent?.type === 'object_creation_expression') {
      current = current.parent;
      continue;
    }
    if (current.type === 'class_body' || current.type === 'program') return null;
    current = current.parent;
  }
  return null;
}

export const TYPE_DECLARATION_LIST = ['class_declaration', 'interface_declaration', 'enum_declaration', 'record_declaration'] as const;
export const TYPE_DECLARATIONS: ReadonlySet<string> = new Set(TYPE_DECLARATION_LIST);

/** The statement directly holding an expression (its nearest ancestor that is a statement of a block). */
export function statementOf(node: Node): Node | null {
  let current: Node | null = node;
  while (current && current.parent) {
    const parentType = current.parent.type;
    if (parentType === 'block' || parentType === 'switch_block_statement_group' || parentType === 'constructor_body') return current;
    if (parentType === 'class_body' || parentType === 'program') return current;
    current = current.parent;
  }
  return null;
}

/** The modifiers keywords of a declaration (`static`, `final`, `private`…). */
export function modifierWords(declaration: Node): Set<string> {
  const modifiers = declaration.namedChildren.find((child) => child?.type === 'modifiers');
  const words = new Set<string>();
  if (!modifiers) return words;
  for (const child of modifiers.children) if (child && !child.isNamed) words.add(child.type);
  return words;
}

/** The annotations on a declaration, by simple name (`Bean`, `Scheduled`). */
export function annotationsOf(declaration: Node): Node[] {
  const modifiers = declaration.namedChildren.find((child) => child?.type === 'modifiers');
  return modifiers ? modifiers.namedChildren.filter((child): child is Node => child?.type === 'annotation' || child?.type === 'marker_annotation') : [];
}

export function annotationName(annotation: Node): string {
  const name = annotation.childForFieldName('name');
  const text = name?.text ?? '';
  return text.slice(text.lastIndexOf('.') + 1);
}

/** The text of a string literal without quotes, when it has no escapes or interpolation. */
export function stringValue(node: Node): string | undefined {
  const unwrapped = unwrap(node);
  if (unwrapped.type !== 'string_literal') return undefined;
  const text = unwrapped.text;
  if (!text.startsWith('"') || text.startsWith('"""') || text.includes('\\')) return undefined;
  return text.slice(1, -1);
}
