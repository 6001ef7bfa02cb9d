import { findVariable, getPropertyName } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { JsModule } from './js-module';
import { stringArgument } from './module-references';

/** What one exported name is bound to: an expression of the module, a name of another module, or nothing seen. */
export type ExportBinding =
  | { readonly kind: 'node'; readonly node: TSESTree.Node; readonly scope: Scope.Scope }
  /** `export { a as b } from 'x'`; `name: '*'` for `export * as ns from 'x'`. */
  | { readonly kind: 'from'; readonly specifier: string; readonly name: string }
  /** Written somewhere a static reading cannot follow (inside a condition, a computed name). */
  | { readonly kind: 'unknown' };

export interface ModuleExports {
  readonly named: ReadonlyMap<string, ExportBinding>;
  /** `module.exports = value` / `export = value`: the module as a CommonJS value. */
  readonly whole: ExportBinding | null;
  /** `export * from 'x'`, `__exportStar(require('x'), exports)`: where other names may come from. */
  readonly stars: readonly string[];
  /** Some export was written where it cannot be seen: names not found may still exist. */
  readonly open: boolean;
}

const cache = new WeakMap<JsModule, ModuleExports>();

/**
 * The exports of a module, read from its top-level statements: ES module exports, CommonJS `module.exports` and
 * `exports.x` assignments, and what TypeScript and Babel emit for re-exports (`Object.defineProperty(exports, 'x',
 * { get })`, `__exportStar`).
 */
export function exportsOf(module: JsModule): ModuleExports {
  let exports = cache.get(module);
  if (!exports) {
    exports = readExports(module);
    cache.set(module, exports);
  }
  return exports;
}

function readExports(module: JsModule): ModuleExports {
  const named = new Map<string, ExportBinding>();
  const stars: string[] = [];
  let whole: ExportBinding | null = null;
  let open = false;
  const program = module.globalScope.block as TSESTree.Program;
  const scopeOf = (node: TSESTree.Node) => module.sourceCode.getScope(node) as Scope.Scope;
  for (const statement of program.body) {
    switch (statement.type) {
      case 'ExportNamedDeclaration':
        readNamedExport(statement, named, scopeOf);
        break;
      case 'ExportDefaultDeclaration':
        named.set('default', { kind: 'node', node: statement.declaration, scope: scopeOf(statement) });
        break;
      case 'ExportAllDeclaration':
        if (statement.exported) named.set(nameOf(statement.exported), { kind: 'from', specifier: statement.source.value, name: '*' });
        else stars.push(statement.source.value);
        break;
      case 'TSExportAssignment':
        whole = { kind: 'node', node: statement.expression, scope: scopeOf(statement) };
        break;
      case 'ExpressionStatement': {
        const assigned = commonJsAssignment(statement.expression, scopeOf(statement));
        if (assigned?.name === null) whole = assigned.binding;
        else if (assigned) named.set(assigned.name, assigned.binding);
        const star = exportStar(statement.expression);
        if (star) stars.push(star);
        break;
      }
    }
  }
  // A CommonJS export written below the top level (inside an `if`, a function) may or may not happen.
  const nested = exportsWrittenBelowTopLevel(module);
  if (nested === 'any') {
    open = true;
    whole = { kind: 'unknown' };
  } else {
    for (const name of nested) {
      if (name === null) whole = { kind: 'unknown' };
      else named.set(name, { kind: 'unknown' });
    }
  }
  return { named, whole, stars, open };
}

function readNamedExport(statement: TSESTree.ExportNamedDeclaration, named: Map<string, ExportBinding>, scopeOf: (node: TSESTree.Node) => Scope.Scope): void {
  const declaration = statement.declaration;
  if (declaration?.type === 'VariableDeclaration') {
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === 'Identifier') named.set(declarator.id.name, { kind: 'node', node: declarator.id, scope: scopeOf(statement) });
    }
  } else if ((declaration?.type === 'ClassDeclaration' || declaration?.type === 'FunctionDeclaration') && declaration.id) {
    named.set(declaration.id.name, { kind: 'node', node: declaration.id, scope: scopeOf(statement) });
  }
  for (const specifier of statement.specifiers) {
    const exported = nameOf(specifier.exported);
    const local = nameOf(specifier.local);
    if (statement.source) named.set(exported, { kind: 'from', specifier: statement.source.value, name: local });
    else named.set(exported, { kind: 'node', node: specifier.local, scope: scopeOf(statement) });
  }
}

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/**
 * `module.exports = x` (name `null`), `module.exports.a = x`, `exports.a = x`, `module.exports = exports = x`, and
 * TypeScript's `Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return m.a; } })`.
 */
function commonJsAssignment(expression: TSESTree.Expression, scope: Scope.Scope): { name: string | null; binding: ExportBinding } | null {
  if (expression.type === 'CallExpression') return definedProperty(expression, scope);
  if (expression.type !== 'AssignmentExpression' || expression.operator !== '=') return null;
  let value: TSESTree.Expression = expression.right;
  while (value.type === 'AssignmentExpression' && value.operator === '=' && isExportsObject(value.left, scope)) value = value.right;
  if (isExportsObject(expression.left, scope)) return expression.left.type === 'MemberExpression' ? { name: null, binding: { kind: 'node', node: value, scope } } : null;
  const left = expression.left;
  if (left.type !== 'MemberExpression' || !isExportsObject(left.object, scope)) return null;
  const name = getPropertyName(left as never, scope as never);
  return { name: typeof name === 'string' ? name : '', binding: typeof name === 'string' ? { kind: 'node', node: value, scope } : { kind: 'unknown' } };
}

function definedProperty(call: TSESTree.CallExpression, scope: Scope.Scope): { name: string; binding: ExportBinding } | null {
  const [target, key, descriptor] = call.arguments;
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'Object') return null;
  if (getPropertyName(callee as never, scope as never) !== 'defineProperty' || !target || !isExportsObject(target, scope)) return null;
  if (key?.type !== 'Literal' || typeof key.value !== 'string' || descriptor?.type !== 'ObjectExpression') return null;
  for (const property of descriptor.properties) {
    if (property.type !== 'Property' || property.computed || property.key.type !== 'Identifier') continue;
    if (property.key.name === 'value') return { name: key.value, binding: { kind: 'node', node: property.value, scope } };
    if (property.key.name !== 'get') continue;
    const getter = property.value;
    if (getter.type !== 'FunctionExpression' && getter.type !== 'ArrowFunctionExpression') return { name: key.value, binding: { kind: 'unknown' } };
    const returned = getter.body.type === 'BlockStatement' ? getter.body.body.find((s): s is TSESTree.ReturnStatement => s.type === 'ReturnStatement')?.argument : getter.body;
    return { name: key.value, binding: returned ? { kind: 'node', node: returned, scope } : { kind: 'unknown' } };
  }
  return { name: key.value, binding: { kind: 'unknown' } };
}

/** `__exportStar(require('./x'), exports)` (TypeScript) and `__export(require('./x'))` (older TypeScript). */
function exportStar(expression: TSESTree.Expression): string | null {
  if (expression.type !== 'CallExpression') return null;
  const callee = expression.callee.type === 'MemberExpression' ? expression.callee.property : expression.callee;
  if (callee.type !== 'Identifier' || !/^_*export(?:Star)?$/.test(callee.name)) return null;
  const required = expression.arguments[0];
  return required?.type === 'CallExpression' && required.callee.type === 'Identifier' && required.callee.name === 'require' ? (stringArgument(required) ?? null) : null;
}

/** `module.exports` or `exports` of CommonJS (not a local of the same name). */
function isExportsObject(node: TSESTree.Node, scope: Scope.Scope): boolean {
  if (node.type === 'Identifier') return node.name === 'exports' && isFreeName(node, scope);
  return (
    node.type === 'MemberExpression' &&
    node.object.type === 'Identifier' &&
    node.object.name === 'module' &&
    isFreeName(node.object, scope) &&
    getPropertyName(node as never, scope as never) === 'exports'
  );
}

function isFreeName(identifier: TSESTree.Identifier, scope: Scope.Scope): boolean {
  const variable = findVariable(scope as never, identifier as never) as Scope.Variable | null;
  return !variable || variable.defs.length === 0;
}

/**
 * Exports assigned below the top level: each name (`null` for `module.exports` itself), or `any` when the name is
 * computed.
 */
function exportsWrittenBelowTopLevel(module: JsModule): Array<string | null> | 'any' {
  const names: Array<string | null> = [];
  for (const name of ['module', 'exports']) {
    for (const reference of globalReads(module.globalScope, name)) {
      let top: TSESTree.Node = reference;
      while (top.parent?.type === 'MemberExpression' && top.parent.object === top) top = top.parent;
      const assignment = top.parent;
      if (assignment?.type !== 'AssignmentExpression' || assignment.left !== top || top.type !== 'MemberExpression') continue;
      let statement: TSESTree.Node = assignment;
      while (statement.parent?.type === 'AssignmentExpression') statement = statement.parent;
      if (statement.parent?.type === 'ExpressionStatement' && statement.parent.parent?.type === 'Program') continue;
      const scope = module.sourceCode.getScope(top) as Scope.Scope;
      if (isExportsObject(top, scope)) names.push(null);
      else if (isExportsObject(top.object, scope)) {
        const key = getPropertyName(top as never, scope as never);
        if (typeof key !== 'string') return 'any';
        names.push(key);
      }
    }
  }
  return names;
}

function globalReads(globalScope: Scope.Scope, name: string): TSESTree.Identifier[] {
  const variable = globalScope.set.get(name);
  if (variable && variable.defs.length > 0) return [];
  const references = variable ? variable.references : globalScope.through.filter((reference) => reference.identifier.name === name);
  return references.map((reference) => reference.identifier as TSESTree.Identifier);
}
