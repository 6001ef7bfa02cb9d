import { ReferenceTracker, findVariable, getPropertyName } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { PoolReferenceInfo } from './client-sites';
import { unwrapInterop } from './interop';
import { moduleOf, type JsModule } from './js-module';
import { exportsOf, type ExportBinding } from './module-exports';
import { requiredSpecifier, stringArgument } from './module-references';
import { isRelativeSpecifier } from './project-files';
import { projectImport } from './project-modules';
import { unwrap } from './static-values';
import { classSubclass, functionSubclass, type PoolSubclass } from './subclasses';
import type { TraceNode, TrackedExport } from './trace-map';
import { isTrackedModule, traceMaps } from './tracked-modules';
import { declaredValue } from './variable-values';

/**
 * The other way round from the ReferenceTracker: what an expression is in terms of the trace maps (a tracked module,
 * one of its exports, a subclass of a pool constructor). Used where the tracker does not look: `extends`,
 * `Base.call(this, …)`, and the exports of the project's own modules.
 */

const MAX_DEPTH = 10;

export function traceNodeOf(node: TSESTree.Node, scope: Scope.Scope, depth = 0): TraceNode | null {
  if (depth > MAX_DEPTH) return null;
  let target = unwrap(node);
  if (target.type === 'ChainExpression') target = target.expression;
  if (target.type === 'SequenceExpression') target = target.expressions.at(-1)!;
  switch (target.type) {
    case 'Identifier': {
      const variable = findVariable(scope as never, target as never) as Scope.Variable | null;
      return variable ? variableNode(variable, depth) : null;
    }
    case 'MemberExpression': {
      const key = getPropertyName(target as never, scope as never);
      if (typeof key !== 'string') return null;
      const object = traceNodeOf(target.object, scope, depth + 1);
      return object && Object.hasOwn(object, key) ? (object[key] as TraceNode) : null;
    }
    case 'CallExpression': {
      const inner = unwrapInterop(target);
      if (inner !== target) return traceNodeOf(inner, scope, depth + 1);
      const specifier = loadedSpecifier(target, scope);
      const module = moduleOf(scope);
      return specifier !== undefined && module ? specifierNode(module, specifier) : null;
    }
    case 'ObjectExpression':
      return objectNode(target, scope, depth);
    case 'ClassExpression':
    case 'ClassDeclaration':
    case 'FunctionExpression':
    case 'FunctionDeclaration': {
      const module = moduleOf(scope);
      return module ? subclassNodeOf(target, module) : null;
    }
    default:
      return null;
  }
}

/** The pool constructor a trace node constructs, if it is one. */
export function poolConstructorOf(node: TraceNode | null): PoolReferenceInfo | null {
  const meaning = node?.[ReferenceTracker.CONSTRUCT] as TrackedExport | undefined;
  return meaning?.pool ?? null;
}

/** What a specifier written in `from` loads, as a trace-map branch: a tracked package, or a project module's pools. */
export function specifierNode(from: JsModule, specifier: string): TraceNode | null {
  if (isTrackedModule(specifier)) return traceMaps.modules[specifier] as TraceNode;
  if (!isRelativeSpecifier(specifier)) return null;
  const imported = projectImport(from, specifier, true);
  if (!imported) return null;
  return imported.kind === 'package' ? (traceMaps.modules[imported.name] as TraceNode) : moduleBranch(imported.module);
}

function variableNode(variable: Scope.Variable, depth: number): TraceNode | null {
  if (variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  const scope = variable.scope as Scope.Scope;
  const module = moduleOf(scope);
  if (!module) return null;
  switch (definition.type) {
    case 'ImportBinding': {
      const node = definition.node as TSESTree.Node;
      if (node.type === 'TSImportEqualsDeclaration') {
        const specifier = requiredSpecifier(node);
        return specifier === undefined ? null : specifierNode(module, specifier);
      }
      const declaration = definition.parent as TSESTree.Node | null;
      if (declaration?.type !== 'ImportDeclaration' || declaration.importKind === 'type') return null;
      const branch = specifierNode(module, declaration.source.value);
      if (!branch) return null;
      if (node.type === 'ImportNamespaceSpecifier') return branch;
      const key = node.type === 'ImportDefaultSpecifier' ? 'default' : node.type === 'ImportSpecifier' ? nameOf(node.imported) : null;
      return key !== null && Object.hasOwn(branch, key) ? (branch[key] as TraceNode) : null;
    }
    case 'Variable': {
      const declared = declaredValue(variable);
      if (!declared) return null;
      if (declared.kind === 'init') return traceNodeOf(declared.node, declared.scope, depth + 1);
      const object = declared.fallback ? null : traceNodeOf(declared.init, declared.scope, depth + 1);
      return object && Object.hasOwn(object, declared.key) ? (object[declared.key] as TraceNode) : null;
    }
    case 'ClassName':
    case 'FunctionName':
      return subclassNodeOf(definition.node as SubclassDefinition, module);
    default:
      return null;
  }
}

type SubclassDefinition = TSESTree.ClassDeclaration | TSESTree.ClassExpression | TSESTree.FunctionDeclaration | TSESTree.FunctionExpression;

const nodesOfSubclasses = new WeakMap<PoolSubclass, TraceNode>();

function subclassNodeOf(node: SubclassDefinition, module: JsModule): TraceNode | null {
  const subclass = node.type === 'ClassDeclaration' || node.type === 'ClassExpression' ? classSubclass(node, module) : functionSubclass(node, module);
  return subclass ? subclassNode(subclass) : null;
}

/** A subclass as a trace-map leaf: constructing it builds a pool, through its base. */
export function subclassNode(subclass: PoolSubclass): TraceNode {
  let node = nodesOfSubclasses.get(subclass);
  if (!node) {
    const pool: PoolReferenceInfo = { library: subclass.base.library, constructor: subclass.base.constructor, specifier: subclass.base.specifier, subclass };
    node = { [ReferenceTracker.CONSTRUCT]: { pool } satisfies TrackedExport };
    nodesOfSubclasses.set(subclass, node);
  }
  return node;
}

/** `{ PoolAgent: Agent }`: an object of constructors (a CommonJS module's exports, usually). */
function objectNode(object: TSESTree.ObjectExpression, scope: Scope.Scope, depth: number): TraceNode | null {
  const node: TraceNode = {};
  for (const property of object.properties) {
    if (property.type !== 'Property' || property.kind !== 'init') continue;
    const key = getPropertyName(property as never, scope as never);
    const value = typeof key === 'string' ? traceNodeOf(property.value, scope, depth + 1) : null;
    if (typeof key === 'string' && value) node[key] = value;
  }
  return Object.keys(node).length > 0 ? node : null;
}

function nameOf(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === 'Identifier' ? node.name : node.value;
}

/** `require('x')`, `process.getBuiltinModule('x')` with the real globals. */
function loadedSpecifier(call: TSESTree.CallExpression, scope: Scope.Scope): string | undefined {
  const callee = call.callee;
  const isGlobal = (identifier: TSESTree.Identifier) => {
    const variable = findVariable(scope as never, identifier as never) as Scope.Variable | null;
    return !variable || variable.defs.length === 0;
  };
  if (callee.type === 'Identifier' && callee.name === 'require' && isGlobal(callee)) return stringArgument(call);
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'process' && isGlobal(callee.object)) {
    return getPropertyName(callee as never, scope as never) === 'getBuiltinModule' ? stringArgument(call) : undefined;
  }
  return undefined;
}

const branches = new WeakMap<JsModule, TraceNode | null>();
const building = new WeakSet<JsModule>();

/**
 * The pool constructors a project module exports (re-exported ones, subclasses), as a trace-map branch for the
 * modules that import it: `export { Agent as PoolAgent } from 'undici'` gives `{ PoolAgent: <undici Agent> }`.
 */
export function moduleBranch(module: JsModule): TraceNode | null {
  if (branches.has(module)) return branches.get(module)!;
  if (building.has(module)) return null;
  building.add(module);
  try {
    const exports = exportsOf(module);
    const branch: TraceNode = {};
    const whole = exports.whole ? exportedNode(module, exports.whole) : null;
    if (whole) Object.assign(branch, poolsOf(whole));
    for (const [name, binding] of exports.named) {
      const node = exportedNode(module, binding);
      const pools = node ? poolsOf(node) : null;
      if (pools) branch[name] = pools;
    }
    for (const specifier of exports.stars) {
      const star = specifierNode(module, specifier);
      for (const [key, value] of Object.entries(star ? (poolsOf(star) ?? {}) : {})) if (!Object.hasOwn(branch, key)) branch[key] = value;
    }
    // A CommonJS module imported by default is its `module.exports`.
    if (whole && !Object.hasOwn(branch, 'default')) branch['default'] = branch;
    const found = hasPools(branch) ? branch : null;
    branches.set(module, found);
    return found;
  } finally {
    building.delete(module);
  }
}

function exportedNode(module: JsModule, binding: ExportBinding): TraceNode | null {
  if (binding.kind === 'node') return traceNodeOf(binding.node, binding.scope);
  if (binding.kind !== 'from') return null;
  const branch = specifierNode(module, binding.specifier);
  if (!branch || binding.name === '*') return branch;
  return Object.hasOwn(branch, binding.name) ? (branch[binding.name] as TraceNode) : null;
}

/** The pool constructors under a node, two levels deep (`undici.Agent`, `module.default.Agent`); `null` when none. */
function poolsOf(node: TraceNode, depth = 0): TraceNode | null {
  const copy: TraceNode = {};
  const construct = node[ReferenceTracker.CONSTRUCT] as TrackedExport | undefined;
  if (construct?.pool) copy[ReferenceTracker.CONSTRUCT] = { pool: construct.pool } satisfies TrackedExport;
  if (depth < 2) {
    for (const key of Object.keys(node)) {
      if (key === 'default') continue;
      const inner = poolsOf(node[key] as TraceNode, depth + 1);
      if (inner) copy[key] = inner;
    }
  }
  if (Object.hasOwn(node, 'default') && node['default'] === node) copy['default'] = copy;
  return hasPools(copy) ? copy : null;
}

function hasPools(node: TraceNode): boolean {
  return node[ReferenceTracker.CONSTRUCT] !== undefined || Object.keys(node).some((key) => key !== 'default');
}
