import { ReferenceTracker, type TraceMap } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import { interopCallAround } from './interop';

/** A construction or call of a tracked export, with the payload the trace map put at its leaf. */
export interface ModuleReference<T> {
  readonly node: TSESTree.NewExpression | TSESTree.CallExpression;
  readonly info: T;
  /** Module specifier first, then the property path (`['node:http', 'Agent']`). */
  readonly path: readonly string[];
}

type Expression = Parameters<ReferenceTracker['iteratePropertyReferences']>[0];

/**
 * Every reference to a tracked module export in one file, through every way Node code loads a module:
 * `import` (default, namespace and named, in ReferenceTracker's legacy mode), `require()` (also inside the interop
 * helpers compilers wrap around it), `process.getBuiltinModule()`, and TypeScript's `import x = require()`. Aliases
 * through variables, destructuring, conditionals and TS `as` / `satisfies` / `!` are followed by the tracker itself.
 * A node reached along several paths comes once per path: each finder keeps the first that means something to it.
 */
export function* findModuleReferences<T>(globalScope: Scope.Scope, traceMap: TraceMap<T>): Generator<ModuleReference<T>> {
  const tracker = new ReferenceTracker(globalScope as never, { mode: 'legacy' });
  const sources: Iterable<{ node: unknown; info: T; path: string[] }>[] = [tracker.iterateEsmReferences(traceMap)];
  for (const { call, specifier } of moduleLoadingCalls(globalScope)) {
    const branch = branchOf(traceMap, specifier);
    if (branch) sources.push(prefixed(specifier, tracker.iteratePropertyReferences(outermostInterop(call) as unknown as Expression, branch)));
  }
  for (const { identifiers, specifier } of importEqualsDeclarations(globalScope)) {
    const branch = branchOf(traceMap, specifier);
    if (!branch) continue;
    for (const identifier of identifiers) {
      sources.push(prefixed(specifier, tracker.iteratePropertyReferences(identifier as unknown as Expression, branch)));
    }
  }
  for (const source of sources) {
    for (const reference of source) {
      const node = reference.node as unknown as TSESTree.Node;
      if (node.type === 'NewExpression' || node.type === 'CallExpression') yield { node, info: reference.info, path: reference.path };
    }
  }
}

/** The trace map's entry for a specifier; an own key only, so `require('constructor')` finds nothing. */
function branchOf<T>(traceMap: TraceMap<T>, specifier: string): TraceMap<T>[string] | undefined {
  return Object.hasOwn(traceMap, specifier) ? traceMap[specifier] : undefined;
}

/**
 * Whether the file loads a module or reads a global that the trace maps track: the roots every tracker walk
 * starts from. Without one, the walk cannot find anything, and this costs a small part of the walk: the
 * top-level statements and the references of a few globals. `text` decides for reads of global objects
 * (`globalThis`, `window`, …), which count only when the file names a tracked global at all.
 */
export function hasTrackedRoot(globalScope: Scope.Scope, modules: TraceMap<unknown>, globals: TraceMap<unknown>, text: string): boolean {
  const program = globalScope.block as TSESTree.Program;
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' || statement.type === 'ExportAllDeclaration' || statement.type === 'ExportNamedDeclaration') {
      if (statement.source && branchOf(modules, statement.source.value)) return true;
    } else if (statement.type === 'TSImportEqualsDeclaration') {
      const specifier = requiredSpecifier(statement);
      if (specifier !== undefined && branchOf(modules, specifier)) return true;
    }
  }
  for (const { specifier } of moduleLoadingCalls(globalScope)) if (branchOf(modules, specifier)) return true;
  const names = Object.keys(globals);
  if (names.some((name) => globalIdentifiers(globalScope, name).length > 0)) return true;
  return GLOBAL_OBJECTS.some((name) => globalIdentifiers(globalScope, name).length > 0) && names.some((name) => text.includes(name));
}

/** `__importStar(require('http'))` is the module itself, as `require('http')` is. */
function outermostInterop(call: TSESTree.CallExpression): TSESTree.CallExpression {
  let current = call;
  for (let outer = interopCallAround(current); outer; outer = interopCallAround(current)) current = outer;
  return current;
}

function* prefixed<T>(specifier: string, references: Iterable<{ node: unknown; info: T; path: string[] }>) {
  for (const reference of references) yield { ...reference, path: [specifier, ...reference.path] };
}

/** `require('x')` and `process.getBuiltinModule('x')` calls whose callee is the real global, not a local. */
export function* moduleLoadingCalls(globalScope: Scope.Scope): Generator<{ call: TSESTree.CallExpression; specifier: string }> {
  for (const identifier of globalIdentifiers(globalScope, 'require')) {
    const call = identifier.parent;
    if (call?.type === 'CallExpression' && call.callee === identifier) {
      const specifier = stringArgument(call);
      if (specifier !== undefined) yield { call, specifier };
    }
  }
  for (const identifier of globalIdentifiers(globalScope, 'process')) {
    const member = identifier.parent;
    if (member?.type !== 'MemberExpression' || member.object !== identifier || member.computed) continue;
    if (member.property.type !== 'Identifier' || member.property.name !== 'getBuiltinModule') continue;
    const call = member.parent;
    if (call?.type === 'CallExpression' && call.callee === member) {
      const specifier = stringArgument(call);
      if (specifier !== undefined) yield { call, specifier };
    }
  }
}

/**
 * Read references to a global that the file does not declare or reassign. Works both when the global is
 * declared through `languageOptions.globals` and when it is not (a CommonJS `.js` file linted as a module):
 * either way a local `function require()` or parameter named `require` shadows it and is not followed.
 */
export function globalIdentifiers(globalScope: Scope.Scope, name: string): TSESTree.Identifier[] {
  const variable = globalScope.set.get(name);
  if (variable && (variable.defs.length > 0 || variable.references.some((r) => r.isWrite()))) return [];
  const references = variable ? variable.references : globalScope.through.filter((r) => r.identifier.name === name);
  if (!variable && globalScope.through.some((r) => r.identifier.name === name && r.isWrite())) return [];
  return references.filter((r) => r.isRead()).map((r) => r.identifier as TSESTree.Identifier);
}

/** TypeScript `import http = require('http')`: each read of `http`. */
function* importEqualsDeclarations(globalScope: Scope.Scope): Generator<{ identifiers: TSESTree.Identifier[]; specifier: string }> {
  const program = globalScope.block as TSESTree.Program;
  for (const statement of program.body) {
    if (statement.type !== 'TSImportEqualsDeclaration') continue;
    const specifier = requiredSpecifier(statement);
    if (specifier === undefined) continue;
    const variable = scopeVariable(globalScope, statement.id.name);
    if (!variable) continue;
    const identifiers = variable.references.filter((r) => r.isRead()).map((r) => r.identifier as TSESTree.Identifier);
    yield { identifiers, specifier };
  }
}

/** `'http'` of `import http = require('http')`; `undefined` for `import x = Namespace.y`. */
export function requiredSpecifier(statement: TSESTree.TSImportEqualsDeclaration): string | undefined {
  const reference = statement.moduleReference;
  if (reference.type !== 'TSExternalModuleReference' || reference.expression.type !== 'Literal') return undefined;
  return typeof reference.expression.value === 'string' ? reference.expression.value : undefined;
}

function scopeVariable(globalScope: Scope.Scope, name: string) {
  const moduleScope = globalScope.childScopes.find((s) => s.type === 'module');
  return moduleScope?.set.get(name) ?? globalScope.set.get(name);
}

export function stringArgument(call: TSESTree.CallExpression): string | undefined {
  const [first] = call.arguments;
  if (first?.type === 'Literal' && typeof first.value === 'string') return first.value;
  if (first?.type === 'TemplateLiteral' && first.expressions.length === 0) return first.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** Names through which code reaches a global as a property (`globalThis.fetch`). */
const GLOBAL_OBJECTS = ['globalThis', 'global', 'self', 'window'];

/**
 * Every reference to a tracked global (`fetch`) that the file does not shadow, read directly or through a
 * global object (`globalThis.fetch`), with aliases followed by the tracker.
 */
export function* findGlobalReferences<T>(globalScope: Scope.Scope, traceMap: TraceMap<T>): Generator<ModuleReference<T>> {
  const tracker = new ReferenceTracker(globalScope as never, { mode: 'legacy' });
  const seen = new Set<unknown>();
  const sources: Iterable<{ node: unknown; info: T; path: string[] }>[] = [];
  for (const name of Object.keys(traceMap)) {
    for (const identifier of globalIdentifiers(globalScope, name)) {
      sources.push(prefixed(name, tracker.iteratePropertyReferences(identifier as unknown as Expression, traceMap[name]!)));
    }
  }
  for (const name of GLOBAL_OBJECTS) {
    for (const identifier of globalIdentifiers(globalScope, name)) {
      sources.push(tracker.iteratePropertyReferences(identifier as unknown as Expression, traceMap));
    }
  }
  for (const source of sources) {
    for (const reference of source) {
      const node = reference.node as unknown as TSESTree.Node;
      if ((node.type !== 'NewExpression' && node.type !== 'CallExpression') || seen.has(node)) continue;
      seen.add(node);
      yield { node, info: reference.info, path: reference.path };
    }
  }
}
