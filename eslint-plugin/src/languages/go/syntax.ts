import type { Node } from 'web-tree-sitter';
import type { TextRange } from '../../sites';

/** Small readers over tree-sitter-go 0.25 nodes. Nodes are compared by `id`: each access makes a new wrapper. */

export function rangeOf(node: Node): TextRange {
  return [node.startIndex, node.endIndex];
}

/** The function a call calls. The finder asks this of every call of a file, several times: read once per node. */
export function calleeOf(call: Node): Node | null {
  let callee = callees.get(call);
  if (callee === undefined) callees.set(call, (callee = call.childForFieldName('function')));
  return callee;
}

const callees = new WeakMap<Node, Node | null>();

export function sameNode(a: Node | null | undefined, b: Node | null | undefined): boolean {
  return !!a && !!b && a.id === b.id;
}

/** `(x)` → `x`, as many times as written. */
export function unparenthesized(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression' && current.namedChildCount === 1) current = current.namedChild(0)!;
  return current;
}

/** The nearest ancestor (or the node itself) whose parent is not a parenthesized expression. */
export function outermostParenthesized(node: Node): Node {
  let current = node;
  while (current.parent?.type === 'parenthesized_expression') current = current.parent;
  return current;
}

/** The operator token of an assignment (`=`, `+=`, …) or a short variable declaration (`:=`). */
export function operatorOf(statement: Node): string {
  for (const child of statement.children) if (!child.isNamed) return child.type;
  return '';
}

/** The index of `node` among the named children of its parent (an `expression_list`), or -1. */
export function indexInList(node: Node): number {
  const list = node.parent;
  if (!list) return -1;
  let index = 0;
  for (const child of list.namedChildren) {
    if (child.id === node.id) return index;
    if (child.type !== 'comment') index++;
  }
  return -1;
}

/** The expressions of an `expression_list`, without comments. */
export function listItems(list: Node | null): Node[] {
  return list ? list.namedChildren.filter((child) => child.type !== 'comment') : [];
}

/** The string a Go string literal denotes, for the literal forms a duration or import path is written in. */
export function stringValue(node: Node): string | undefined {
  if (node.type === 'raw_string_literal') return node.text.slice(1, -1);
  if (node.type !== 'interpreted_string_literal') return undefined;
  const inner = node.text.slice(1, -1);
  return /\\/.test(inner) ? undefined : inner;
}

export const FUNCTION_TYPES: ReadonlySet<string> = new Set(['function_declaration', 'method_declaration', 'func_literal']);

/** The innermost function (declaration, method or literal) around a node, or null at package level. */
export function enclosingFunction(node: Node): Node | null {
  for (let current = node.parent; current; current = current.parent) if (FUNCTION_TYPES.has(current.type)) return current;
  return null;
}

/** The statement of a block that holds `node` (the ancestor whose parent is a `statement_list`), or null. */
export function enclosingStatement(node: Node): Node | null {
  for (let current: Node | null = node; current; current = current.parent) {
    if (current.parent?.type === 'statement_list') return current;
    if (FUNCTION_TYPES.has(current.type) && current.id !== node.id) return null;
  }
  return null;
}

/** The package-level declaration that holds `node`. */
export function topLevelDeclaration(node: Node): Node | null {
  for (let current: Node | null = node; current; current = current.parent) if (current.parent?.type === 'source_file') return current;
  return null;
}

/** Whether `inner` lies inside `outer` (or is it). */
export function contains(outer: Node, inner: Node): boolean {
  return outer.startIndex <= inner.startIndex && inner.endIndex <= outer.endIndex;
}

const GO_NAME_CHARACTER = /[\p{L}\p{Nd}_]/u;

/**
 * The identifiers spelled `name` inside `scope`, in document order. Found through the text (each whole-word
 * occurrence is asked for the node at its place), so a file's thousands of other nodes are never visited: what a
 * walk of every identifier would cost at every binding of a 2 000-line file.
 */
export function identifiersNamed(scope: Node, name: string): Node[] {
  const text = scope.text;
  const found: Node[] = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((before && GO_NAME_CHARACTER.test(before)) || (after && GO_NAME_CHARACTER.test(after))) continue;
    const start = scope.startIndex + at;
    const node = scope.descendantForIndex(start, start + name.length);
    if (node?.type === 'identifier' && node.startIndex === start && node.endIndex === start + name.length) found.push(node);
  }
  return found;
}
