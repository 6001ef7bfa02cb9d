import type { Node } from 'web-tree-sitter';
import { bindingOf } from './scope';
import { chainAbove, methodName, outermost, same, statementOf } from './syntax';

/**
 * The calls that configure a builder or a pool: the chain written on it (`HttpClients.custom().a().b().build()`),
 * and, when it is kept in a variable, the calls on that variable (`builder.a(); builder.b();`, `client.setIdleTimeout(…)`).
 * Calls made on some paths only (inside an `if`, a loop, a lambda), or a builder handed to other code, leave it
 * `open`: something unseen may set what the finder looks for.
 */
export interface Configured {
  /** The configuring calls, in source order, up to the `build()` that ends a builder. */
  readonly calls: readonly Node[];
  /** The outermost expression of the construction's own chain, where a suggestion appends a call. */
  readonly expression: Node;
  /** The `build()` call in that expression, before which a suggestion inserts. */
  readonly build: Node | null;
  /** The variable it is kept in, and whether that is a local or a field. */
  readonly variable: { readonly name: string; readonly declarator: Node; readonly scope: 'local' | 'field' } | null;
  readonly open: boolean;
}

/** Everything that configures the builder or pool `root` makes. */
export function configure(root: Node, endsWith: string | null, passingIsUse = endsWith === null): Configured {
  const above = chainAbove(root);
  const buildIndex = endsWith === null ? -1 : above.findIndex((call) => methodName(call) === endsWith);
  const own = buildIndex >= 0 ? above.slice(0, buildIndex + 1) : above;
  const expression = outermost(own.at(-1) ?? root);
  const build = buildIndex >= 0 ? above[buildIndex]! : null;
  if (build) return { calls: own, expression, build, variable: null, open: false };
  const holder = heldIn(expression);
  if (!holder) return { calls: own, expression, build: null, variable: null, open: leaves(expression) };
  const followed = followVariable(holder.declarator, holder.scope, endsWith, passingIsUse);
  return { calls: [...own, ...followed.calls], expression, build: null, variable: holder, open: followed.open };
}

/** The variable an expression is the initial value of, or is assigned to. */
function heldIn(expression: Node): { name: string; declarator: Node; scope: 'local' | 'field' } | null {
  const parent = expression.parent;
  if (parent?.type === 'variable_declarator' && same(parent.childForFieldName('value'), expression)) {
    const name = parent.childForFieldName('name')!.text;
    const scope = parent.parent?.type === 'field_declaration' ? 'field' : 'local';
    return { name, declarator: parent, scope };
  }
  if (parent?.type === 'assignment_expression' && same(parent.childForFieldName('right'), expression)) {
    const target = parent.childForFieldName('left');
    const name = target?.type === 'identifier' ? target.text : target?.type === 'field_access' && target.childForFieldName('object')?.type === 'this' ? target.childForFieldName('field')?.text : undefined;
    if (!name || !target) return null;
    const binding = bindingOf(target.type === 'identifier' ? target : target.childForFieldName('field')!);
    if (binding.kind === 'unknown') return null;
    return { name, declarator: binding.declarator, scope: binding.scope };
  }
  return null;
}

/** A value that is returned, passed on or stored where the finder cannot follow it. */
function leaves(expression: Node): boolean {
  const parent = expression.parent;
  return !!parent && parent.type !== 'expression_statement';
}

/**
 * The calls made on a variable (`passingIsUse`: an argument of a call uses a finished object, it does not configure it): at the top level of the block that declares a local (or anywhere in the class for a
 * field), each a chain up to `endsWith`. Any other use of the variable may configure it out of sight: `open`.
 */
export function followVariable(declarator: Node, scope: 'local' | 'field', endsWith: string | null, passingIsUse = false): { calls: Node[]; open: boolean } {
  const name = declarator.childForFieldName('name')!.text;
  const region = scope === 'local' ? declarator.parent?.parent : classBodyOf(declarator);
  const calls: Node[] = [];
  let open = false;
  if (!region) return { calls, open: true };
  for (const identifier of region.descendantsOfType('identifier')) {
    if (identifier.text !== name || identifier.startIndex < declarator.endIndex) continue;
    const reference = referenceOf(identifier);
    if (!reference) continue;
    const binding = bindingOf(reference.type === 'identifier' ? reference : identifier);
    if (binding.kind === 'unknown' || binding.declarator.id !== declarator.id) continue;
    const use = outermost(reference);
    const parent = use.parent;
    if (parent?.type === 'assignment_expression' && same(parent.childForFieldName('left'), use)) continue;
    if (parent?.type === 'method_invocation' && same(parent.childForFieldName('object'), use)) {
      const chain = chainAbove(use);
      const end = endsWith === null ? -1 : chain.findIndex((call) => methodName(call) === endsWith);
      const configuring = end >= 0 ? chain.slice(0, end) : chain;
      if (configuring.length === 0) continue;
      if (scope === 'local' && !atTopOf(use, declarator.parent!.parent!)) open = true;
      calls.push(...configuring);
      continue;
    }
    // A finished object handed to what runs it (`vertx.createHttpServer(options)`, `server.addConnector(connector)`).
    if (passingIsUse && parent?.type === 'argument_list') continue;
    open = true;
  }
  return { calls, open };
}

/** `name`, or `this.name` for a field: the expression that reads the variable. */
function referenceOf(identifier: Node): Node | null {
  const parent = identifier.parent;
  if (!parent) return null;
  if (parent.type === 'field_access') {
    if (!same(parent.childForFieldName('field'), identifier)) return same(parent.childForFieldName('object'), identifier) ? identifier : null;
    return parent.childForFieldName('object')?.type === 'this' ? parent : null;
  }
  if (parent.type === 'method_invocation' && same(parent.childForFieldName('name'), identifier)) return null;
  if (parent.type === 'variable_declarator' && same(parent.childForFieldName('name'), identifier)) return null;
  if (parent.type === 'method_reference' || parent.type === 'scoped_identifier' || parent.type === 'scoped_type_identifier') return null;
  return identifier;
}

/** Whether the statement holding `use` sits directly in `block` (not in a nested branch, loop or lambda). */
function atTopOf(use: Node, block: Node): boolean {
  const statement = statementOf(use);
  return !!statement && same(statement.parent, block) && !hasFunctionBetween(use, statement);
}

function hasFunctionBetween(inner: Node, outer: Node): boolean {
  let current = inner.parent;
  while (current && !same(current, outer)) {
    if (current.type === 'lambda_expression' || current.type === 'class_body') return true;
    current = current.parent;
  }
  return false;
}

function classBodyOf(node: Node): Node | null {
  let current = node.parent;
  while (current && current.type !== 'class_body' && current.type !== 'enum_body' && current.type !== 'program') current = current.parent;
  return current?.type === 'class_body' || current?.type === 'enum_body' ? current : null;
}
