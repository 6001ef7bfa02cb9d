import type { Node } from 'web-tree-sitter';
import type { GoImports } from './imports';
import { isLocalName } from './names';
import type { GoNodes } from './nodes';
import { calleeOf, enclosingFunction, identifiersNamed, indexInList, listItems, operatorOf, outermostParenthesized, unparenthesized } from './syntax';

/**
 * The net/http values a file builds (transports, clients, servers, and the `net.Dialer`s transports dial with), the
 * variable each is kept in, and every later use of that variable: which fields are assigned and how surely, which
 * methods are called, and whether the value leaves for code the file does not show.
 */

export type GoType = 'Transport' | 'Server' | 'Client' | 'Dialer';

export interface Creation {
  readonly type: GoType;
  /** `&http.Transport{…}` / `http.Server{…}`, `new(http.Server)`, `var s http.Server`, `http.DefaultTransport.(*http.Transport).Clone()`. */
  readonly how: 'literal' | 'new' | 'var' | 'clone';
  /** The whole expression (with its `&`), or the `var_spec`. */
  readonly node: Node;
  /** The type as written (`http.Transport`), or the cloned `http.DefaultTransport`. */
  readonly typeNode: Node;
  readonly literal: Node | null;
  readonly binding: Binding | null;
  /** Returned, or stored where code the file does not show may set its fields. */
  readonly escapes: boolean;
}

export interface Binding {
  readonly name: string;
  /** The statement (or package-level declaration) that gives the variable this value. */
  readonly declaration: Node;
  readonly uses: readonly (Use & { readonly identifier: Node })[];
}

export type Use =
  /** `x.Field = value` (or `+=`, `++`): `sure` when it runs unconditionally after the value is built, in the same block. */
  | { readonly kind: 'write'; readonly field: string; readonly statement: Node; readonly target: Node; readonly value: Node | null; readonly sure: boolean; readonly captured: boolean }
  | { readonly kind: 'call'; readonly method: string; readonly call: Node; readonly captured: boolean }
  /** Given to a call, or put in a composite literal (`Transport: t`). */
  | { readonly kind: 'passed'; readonly node: Node; readonly element: boolean; readonly captured: boolean }
  | { readonly kind: 'escape'; readonly node: Node }
  | { readonly kind: 'read'; readonly node: Node; readonly captured: boolean };

const TYPES: ReadonlySet<string> = new Set(['Transport', 'Server', 'Client']);

/** Every net/http construction of the file, and `net.Dialer`s. */
export function findCreations(nodes: GoNodes, imports: GoImports): Creation[] {
  const creations: Creation[] = [];
  const typeOf = (typeNode: Node | null): GoType | null => {
    if (!typeNode) return null;
    if (typeNode.type === 'qualified_type') {
      const pkg = typeNode.childForFieldName('package')?.text ?? '';
      const name = typeNode.childForFieldName('name')?.text ?? '';
      if (imports.http.has(pkg) && TYPES.has(name)) return name as GoType;
      if (imports.net.has(pkg) && name === 'Dialer') return 'Dialer';
      return null;
    }
    return typeNode.type === 'type_identifier' && imports.httpDot && TYPES.has(typeNode.text) ? (typeNode.text as GoType) : null;
  };
  for (const literal of nodes.of('composite_literal')) {
    const typeNode = literal.childForFieldName('type');
    const type = typeOf(typeNode);
    if (!type || !typeNode) continue;
    const parent = literal.parent;
    const node = parent?.type === 'unary_expression' && operatorOf(parent) === '&' ? parent : literal;
    creations.push(creation(type, 'literal', node, typeNode, literal, imports));
  }
  for (const call of nodes.of('call_expression')) {
    const callee = calleeOf(call);
    if (callee?.type === 'identifier' && callee.text === 'new') {
      const argument = listItems(call.childForFieldName('arguments'))[0] ?? call.childForFieldName('arguments')?.namedChild(0) ?? null;
      const type = typeOf(argument);
      if (type && argument) creations.push(creation(type, 'new', call, argument, null, imports));
    } else if (isDefaultTransportClone(call, imports)) {
      const assertion = unparenthesized(callee!.childForFieldName('operand')!);
      creations.push(creation('Transport', 'clone', call, assertion.childForFieldName('operand')!, null, imports));
    }
  }
  for (const spec of nodes.of('var_spec')) {
    const type = typeOf(spec.childForFieldName('type'));
    if (!type || spec.childForFieldName('value')) continue;
    const names = spec.childrenForFieldName('name');
    if (names.length !== 1) continue;
    const place = bindingFrom(names[0]!, spec);
    creations.push({ type, how: 'var', node: spec, typeNode: spec.childForFieldName('type')!, literal: null, binding: place.binding, escapes: place.escapes || givenAway(spec, place.binding, imports) });
  }
  return creations;
}

/** `http.DefaultTransport.(*http.Transport).Clone()`. */
function isDefaultTransportClone(call: Node, imports: GoImports): boolean {
  const callee = calleeOf(call);
  if (callee?.type !== 'selector_expression' || callee.childForFieldName('field')?.text !== 'Clone') return false;
  const assertion = unparenthesized(callee.childForFieldName('operand')!);
  return assertion.type === 'type_assertion_expression' && isDefaultTransport(assertion.childForFieldName('operand'), imports);
}

/** `http.DefaultTransport` through the file's name for net/http. */
export function isDefaultTransport(node: Node | null, imports: GoImports): boolean {
  if (!node) return false;
  const value = unparenthesized(node);
  if (value.type === 'identifier') return imports.httpDot && value.text === 'DefaultTransport';
  return (
    value.type === 'selector_expression' &&
    value.childForFieldName('field')?.text === 'DefaultTransport' &&
    imports.http.has(value.childForFieldName('operand')?.text ?? '')
  );
}

function creation(type: GoType, how: Creation['how'], node: Node, typeNode: Node, literal: Node | null, imports: GoImports): Creation {
  const place = placeOf(node);
  return { type, how, node, typeNode, literal, binding: place.binding, escapes: place.escapes || givenAway(node, place.binding, imports) };
}

/**
 * Given to code the file does not show, which may set its fields: an argument of any function but the x/net/http2
 * ones that only read them, or an element of any composite but a net/http `Client`'s `Transport`.
 */
function givenAway(node: Node, binding: Binding | null, imports: GoImports): boolean {
  const passes = binding ? binding.uses.filter((use) => use.kind === 'passed').map((use) => use.node) : [outermostParenthesized(node)];
  return passes.some((pass) => !passedSafely(pass, imports));
}

/** x/net/http2 functions that read a server's or transport's timeouts and set none of them. */
const HTTP2_READERS: ReadonlySet<string> = new Set(['ConfigureServer', 'ConfigureTransport', 'ConfigureTransports']);

function passedSafely(value: Node, imports: GoImports): boolean {
  const parent = value.parent;
  if (parent?.type === 'argument_list') {
    const callee = parent.parent?.childForFieldName('function');
    const operand = callee?.type === 'selector_expression' ? callee.childForFieldName('operand') : null;
    return !!operand && imports.http2.has(operand.text) && HTTP2_READERS.has(callee!.childForFieldName('field')?.text ?? '');
  }
  if (parent?.type !== 'literal_element') return true;
  const keyed = parent.parent;
  if (keyed?.type !== 'keyed_element' || keyed.childForFieldName('value')?.id !== parent.id) return false;
  const key = keyed.childForFieldName('key')?.text;
  const literal = keyed.parent?.parent;
  const type = literal?.type === 'composite_literal' ? literal.childForFieldName('type') : null;
  const pkg = type?.type === 'qualified_type' ? type.childForFieldName('package')?.text : undefined;
  const isClient = type?.type === 'qualified_type' ? imports.http.has(pkg ?? '') && type.childForFieldName('name')?.text === 'Client' : imports.httpDot && type?.text === 'Client';
  return isClient && key === 'Transport';
}

/** Where a built value goes: a variable (then its uses decide), a return or a store (escapes), or an argument. */
function placeOf(node: Node): { binding: Binding | null; escapes: boolean } {
  const outer = outermostParenthesized(node);
  const list = outer.parent;
  if (list?.type === 'expression_list') {
    const holder = list.parent;
    if (holder?.type === 'return_statement') return { binding: null, escapes: true };
    const index = indexInList(outer);
    if (holder?.type === 'short_var_declaration' && holder.childForFieldName('right')?.id === list.id) {
      const target = listItems(holder.childForFieldName('left'))[index];
      return target && target.text !== '_' ? bindingFrom(target, holder) : { binding: null, escapes: false };
    }
    if (holder?.type === 'var_spec' && holder.childForFieldName('value')?.id === list.id) {
      const target = holder.childrenForFieldName('name')[index];
      const declaration = holder.parent?.type === 'var_spec_list' ? holder.parent.parent! : holder.parent!;
      return target && target.text !== '_' ? bindingFrom(target, declaration) : { binding: null, escapes: false };
    }
    if (holder?.type === 'assignment_statement' && holder.childForFieldName('right')?.id === list.id) {
      const target = listItems(holder.childForFieldName('left'))[index];
      if (target?.type === 'identifier' && operatorOf(holder) === '=') {
        if (target.text === '_') return { binding: null, escapes: false };
        // A package-level variable assigned in a function: any function of the package may set its fields.
        return isLocalName(target) ? bindingFrom(target, holder) : { binding: null, escapes: true };
      }
      return { binding: null, escapes: true };
    }
  }
  if (list?.type === 'send_statement') return { binding: null, escapes: true };
  // An argument or an element: `givenAway` decides.
  return { binding: null, escapes: false };
}

/**
 * The variable `name` (declared or assigned by `declaration`) and its uses after it, in its function (or, at package
 * level, anywhere in the file). A name declared again inside that scope is not followed: anything may happen to it.
 */
function bindingFrom(name: Node, declaration: Node): { binding: Binding | null; escapes: boolean } {
  const statement = declaration.type === 'var_spec' ? (declaration.parent?.type === 'var_spec_list' ? declaration.parent.parent! : declaration.parent!) : declaration;
  // A local lives in its block (or the `if`/`for` whose clause declares it); a package-level one in the whole file.
  const local = enclosingFunction(statement) !== null;
  const scope = statement.parent!;
  const identifiers = identifiersNamed(scope, name.text).filter((id) => id.id !== name.id && (!local || id.startIndex > statement.endIndex));
  if (identifiers.some((id) => redeclares(id))) return { binding: null, escapes: true };
  const uses = identifiers.map((id) => ({ ...classifyUse(id, statement), identifier: id }));
  return { binding: { name: name.text, declaration: statement, uses }, escapes: uses.some((use) => use.kind === 'escape') };
}

/** The identifier declares a variable of the same name (`x := …`, `var x`, a parameter), hiding the one followed. */
function redeclares(id: Node): boolean {
  const parent = id.parent;
  if (!parent) return false;
  if (parent.type === 'expression_list') {
    const holder = parent.parent;
    if ((holder?.type === 'short_var_declaration' || holder?.type === 'range_clause' || holder?.type === 'receive_statement') && holder.childForFieldName('left')?.id === parent.id) {
      return holder.type !== 'short_var_declaration' || operatorOf(holder) === ':=';
    }
    return false;
  }
  return parent.type === 'var_spec' || parent.type === 'const_spec' || parent.type === 'parameter_declaration' || parent.type === 'variadic_parameter_declaration';
}

function classifyUse(id: Node, declaration: Node): Use {
  const captured = isCaptured(id, declaration);
  const parent = id.parent!;
  if (parent.type === 'selector_expression' && parent.childForFieldName('operand')?.id === id.id) {
    const field = parent.childForFieldName('field')?.text ?? '';
    const outer = outermostParenthesized(parent);
    const holder = outer.parent;
    if (holder?.type === 'call_expression' && holder.childForFieldName('function')?.id === outer.id) return { kind: 'call', method: field, call: holder, captured };
    if (holder?.type === 'inc_statement' || holder?.type === 'dec_statement') {
      return { kind: 'write', field, statement: holder, target: parent, value: null, sure: false, captured };
    }
    if (holder?.type === 'expression_list' && holder.parent?.type === 'assignment_statement' && holder.parent.childForFieldName('left')?.id === holder.id) {
      const statement = holder.parent;
      const values = listItems(statement.childForFieldName('right'));
      const left = listItems(holder);
      const value = operatorOf(statement) === '=' && values.length === left.length ? values[indexInList(outer)]! : null;
      const sure = !captured && value !== null && statement.parent?.id === declaration.parent?.id && statement.startIndex > declaration.endIndex;
      return { kind: 'write', field, statement, target: parent, value, sure, captured };
    }
    return { kind: 'read', node: parent, captured };
  }
  const valueNode = parent.type === 'unary_expression' && operatorOf(parent) === '&' ? parent : id;
  return valueUse(valueNode, captured);
}

/** A use of the value itself (not of one of its fields or methods). */
function valueUse(node: Node, captured: boolean): Use {
  const outer = outermostParenthesized(node);
  const parent = outer.parent;
  switch (parent?.type) {
    case 'argument_list':
      return { kind: 'passed', node: outer, element: false, captured };
    case 'literal_element':
      return { kind: 'passed', node: outer, element: true, captured };
    case 'expression_list': {
      const holder = parent.parent;
      const left = holder?.childForFieldName('left');
      if (holder?.type === 'return_statement') return { kind: 'escape', node: outer };
      // Given to another name or stored (`y := x`, `s.t = x`): code the file may not show can then change it.
      // `_ = x` only keeps the compiler quiet.
      if (holder && ['assignment_statement', 'short_var_declaration', 'var_spec'].includes(holder.type) && left?.id !== parent.id) {
        const targets = holder.type === 'var_spec' ? holder.childrenForFieldName('name') : listItems(left ?? null);
        return targets[indexInList(outer)]?.text === '_' ? { kind: 'read', node: outer, captured } : { kind: 'escape', node: outer };
      }
      return { kind: 'read', node: outer, captured };
    }
    case 'send_statement':
    case 'var_spec':
      return { kind: 'escape', node: outer };
    default:
      return { kind: 'read', node: outer, captured };
  }
}

/** The use sits in a function literal inside the variable's own function: it runs later, or never, or many times. */
function isCaptured(id: Node, declaration: Node): boolean {
  const own = enclosingFunction(declaration);
  for (let current = id.parent; current && current.id !== own?.id; current = current.parent) if (current.type === 'func_literal') return true;
  return false;
}

/** The creation an expression denotes: the creation itself, or a variable kept in one (in scope at that point). */
export function creationOf(expression: Node, creations: readonly Creation[]): Creation | undefined {
  const value = unparenthesized(expression);
  const direct = creations.find((candidate) => candidate.node.id === value.id || candidate.literal?.id === value.id);
  if (direct) return direct;
  if (value.type !== 'identifier') return undefined;
  return creations.find(
    (candidate) =>
      candidate.binding?.name === value.text &&
      candidate.binding.uses.some((use) => use.identifier.id === value.id),
  );
}
