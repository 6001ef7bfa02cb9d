import type { Node } from 'web-tree-sitter';
import { FUNCTION_TYPES, listItems, operatorOf } from './syntax';

/** What a name refers to, as far as one file shows it. */
export type NameBinding =
  /** A constant, or a local variable nothing assigns again: `value` is its expression (`null`: the zero value). */
  | { readonly kind: 'value'; readonly value: Node | null; readonly valueIndex: number; readonly declaration: Node }
  /** A parameter, a result, a range or `if` variable, a package-level variable (any file may set it), an `iota`
   *  constant, a reassigned variable, or a name declared in another file: its value cannot be seen. */
  | { readonly kind: 'unknown' };

const UNKNOWN: NameBinding = { kind: 'unknown' };

/** Statements whose own clauses declare names (`if x := …; …`, `for i := range …`, `switch v := x.(type)`). */
const CLAUSE_SCOPES: ReadonlySet<string> = new Set([
  'if_statement',
  'for_statement',
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
  'communication_case',
  'type_case',
]);

/**
 * The declaration a name refers to at `use`: the innermost one before it, walking out through blocks, clauses and
 * functions to the package level. Anything a syntax tree cannot settle is unknown.
 */
export function bindingOf(use: Node): NameBinding {
  const name = use.text;
  let child: Node = use;
  for (let scope = use.parent; scope; child = scope, scope = scope.parent) {
    if (scope.type === 'statement_list') {
      const found = declaredBefore(scope, name, use.startIndex);
      if (found) return found.mutable && isReassigned(found.scope, name, found.declaration) ? UNKNOWN : found.binding;
    } else if (CLAUSE_SCOPES.has(scope.type)) {
      if (declaresInClauses(scope, child, name)) return UNKNOWN;
    } else if (FUNCTION_TYPES.has(scope.type)) {
      if (declaresParameter(scope, name)) return UNKNOWN;
    } else if (scope.type === 'source_file') {
      return packageLevel(scope, name);
    }
  }
  return UNKNOWN;
}

/** A declaration of the name: what it binds, whether a later assignment could change it, and the block it lives in. */
interface Declared {
  readonly binding: NameBinding;
  readonly mutable: boolean;
  readonly declaration: Node;
}

type Found = Declared & { readonly scope: Node };

/** The name is declared inside its function (a local, a parameter, a clause variable), not at package level. */
export function isLocalName(use: Node): boolean {
  const name = use.text;
  let child: Node = use;
  for (let scope = use.parent; scope; child = scope, scope = scope.parent) {
    if (scope.type === 'statement_list' && declaredBefore(scope, name, use.startIndex)) return true;
    if (CLAUSE_SCOPES.has(scope.type) && declaresInClauses(scope, child, name)) return true;
    if (FUNCTION_TYPES.has(scope.type) && declaresParameter(scope, name)) return true;
  }
  return false;
}

/** The last declaration of `name` among the statements of a block that end before `before`. */
function declaredBefore(list: Node, name: string, before: number): Found | undefined {
  let found: Found | undefined;
  for (const statement of list.namedChildren) {
    if (statement.endIndex > before) break;
    const declared = declarationIn(statement, name);
    if (declared) found = { ...declared, scope: list.parent ?? list };
  }
  return found;
}

function declarationIn(statement: Node, name: string): Declared | undefined {
  switch (statement.type) {
    case 'short_var_declaration': {
      const left = listItems(statement.childForFieldName('left'));
      const index = left.findIndex((item) => item.text === name);
      if (index < 0) return undefined;
      return { binding: valueAt(statement.childForFieldName('right'), index, left.length, statement), mutable: true, declaration: statement };
    }
    case 'var_declaration':
    case 'const_declaration': {
      const constant = statement.type === 'const_declaration';
      for (const spec of statement.descendantsOfType(constant ? 'const_spec' : 'var_spec')) {
        const names = spec.childrenForFieldName('name');
        const index = names.findIndex((item) => item.text === name);
        if (index < 0) continue;
        const binding = constant ? constantValue(spec, index) : valueAt(spec.childForFieldName('value'), index, names.length, statement, true);
        return { binding, mutable: !constant, declaration: statement };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The expression a declared name starts with. `d, err := time.ParseDuration("90s")`: one call for two names gives
 * the call's first result to the first name. `var d time.Duration` with no value: the zero value.
 */
function valueAt(right: Node | null, index: number, names: number, declaration: Node, mayBeZero = false): NameBinding {
  const values = listItems(right);
  if (values.length === 0) return mayBeZero ? { kind: 'value', value: null, valueIndex: 0, declaration } : UNKNOWN;
  if (values.length === names) return { kind: 'value', value: values[index]!, valueIndex: 0, declaration };
  if (values.length === 1 && values[0]!.type === 'call_expression') return { kind: 'value', value: values[0]!, valueIndex: index, declaration };
  return UNKNOWN;
}

/** A constant's expression; one that repeats the previous spec's (an implicit `iota` list) is not followed. */
function constantValue(spec: Node, index: number): NameBinding {
  const values = listItems(spec.childForFieldName('value'));
  const value = values[index];
  if (!value || value.descendantsOfType('iota').length > 0 || value.type === 'iota') return UNKNOWN;
  return { kind: 'value', value, valueIndex: 0, declaration: spec };
}

/** A variable assigned again anywhere in its scope, incremented, or whose address is taken, may hold anything. */
function isReassigned(scope: Node, name: string, declaration: Node): boolean {
  for (const statement of scope.descendantsOfType(['assignment_statement', 'inc_statement', 'dec_statement', 'short_var_declaration'])) {
    if (statement.id === declaration.id) continue;
    if (statement.type === 'short_var_declaration') {
      // `x, err := …` again in the same block assigns x; in an inner block it declares a new x (not a reassignment).
      if (statement.parent?.id !== declaration.parent?.id) continue;
      if (listItems(statement.childForFieldName('left')).some((item) => item.text === name) && operatorOf(statement) === ':=') return true;
      continue;
    }
    const targets = statement.type === 'assignment_statement' ? listItems(statement.childForFieldName('left')) : statement.namedChildren;
    if (targets.some((target) => target.type === 'identifier' && target.text === name)) return true;
  }
  return scope.descendantsOfType('unary_expression').some((unary) => operatorOf(unary) === '&' && unary.childForFieldName('operand')?.text === name);
}

function declaresInClauses(scope: Node, child: Node, name: string): boolean {
  for (const clause of scope.namedChildren) {
    if (clause.id === child.id) continue;
    const declaration = clause.type === 'for_clause' ? clause.childForFieldName('initializer') : clause;
    if (!declaration || !CLAUSE_DECLARATIONS.has(declaration.type)) continue;
    if (listItems(declaration.childForFieldName('left')).some((item) => item.text === name)) return true;
  }
  // `switch v := x.(type)`: the alias is a field of the statement itself.
  return listItems(scope.childForFieldName('alias')).some((item) => item.text === name);
}

/** What declares names in a clause: `if x := …;`, `for i := 0;`, `for k, v := range …`, `case v := <-ch:`. */
const CLAUSE_DECLARATIONS: ReadonlySet<string> = new Set(['short_var_declaration', 'range_clause', 'receive_statement']);

function declaresParameter(fn: Node, name: string): boolean {
  for (const field of ['receiver', 'parameters', 'result']) {
    const list = fn.childForFieldName(field);
    if (list && list.descendantsOfType('identifier').some((item) => item.text === name)) return true;
  }
  return false;
}

/** Package level: constants are seen; variables may be set by any file of the package, so they are not. */
function packageLevel(root: Node, name: string): NameBinding {
  for (const declaration of root.namedChildren) {
    if (declaration.type !== 'const_declaration') continue;
    const found = declarationIn(declaration, name);
    if (found) return found.binding;
  }
  return UNKNOWN;
}
