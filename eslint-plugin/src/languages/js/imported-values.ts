import { findVariable, getPropertyName } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import { unwrapInterop } from './interop';
import { moduleOf, type JsModule } from './js-module';
import { exportsOf, type ExportBinding } from './module-exports';
import { requiredSpecifier, stringArgument } from './module-references';
import { lookup, type Place } from './object-shapes';
import { moduleAt } from './project-modules';
import { isRelativeSpecifier } from './project-files';
import { resolveObject, unwrap } from './static-values';
import { isReassigned, patternKey } from './variable-values';

/**
 * Names bound to what another module of the project exports: `import { agentOptions } from './config'`,
 * `const { agentOptions } = require('./config')`, `const config = require('./config')`. Only relative specifiers
 * are followed (a package's values are its own business); `require(variable)` and `import()` never are.
 */

/** An exported expression, with the scope of the module it is written in. */
export interface ExportedNode {
  readonly node: TSESTree.Node;
  readonly place: Place;
}

export type ImportedValue = ({ readonly kind: 'export' } & ExportedNode) | { readonly kind: 'namespace'; readonly module: JsModule };

/** Re-exports followed at most this deep (`index.ts` → `agents/index.ts` → `agents/pool.ts`). */
const MAX_HOPS = 6;

/** What a variable bound by an import or a `require()` of a project module holds; `null` for anything else. */
export function importOf(variable: Scope.Variable): ImportedValue | null {
  if (variable.defs.length !== 1) return null;
  const definition = variable.defs[0]!;
  const from = moduleOf(variable.scope);
  if (!from?.filename) return null;
  if (definition.type === 'ImportBinding') return importBinding(definition.node as TSESTree.Node, definition.parent as TSESTree.Node | null, from);
  if (definition.type !== 'Variable' || !definition.node.init || isReassigned(variable)) return null;
  const init = unwrap(definition.node.init);
  const id = definition.node.id;
  if (id.type === 'Identifier') {
    const namespace = requiredModule(init, variable.scope as Scope.Scope);
    if (namespace) return { kind: 'namespace', module: namespace };
    // `const agentOptions = require('./config').agentOptions`
    if (init.type === 'MemberExpression') {
      const module = requiredModule(init.object, variable.scope as Scope.Scope);
      const key = getPropertyName(init as never, variable.scope as never);
      const exported = module && typeof key === 'string' ? exportOf(module, key) : null;
      return exported ? { kind: 'export', ...exported } : null;
    }
    return null;
  }
  // `const { agentOptions } = require('./config')`
  const key = id.type === 'ObjectPattern' ? patternKey(id, variable.name, variable.scope as Scope.Scope) : null;
  const module = key ? requiredModule(init, variable.scope as Scope.Scope) : null;
  const exported = module && key && !key.fallback ? exportOf(module, key.key) : null;
  return exported ? { kind: 'export', ...exported } : null;
}

function importBinding(specifier: TSESTree.Node, declaration: TSESTree.Node | null, from: JsModule): ImportedValue | null {
  if (specifier.type === 'TSImportEqualsDeclaration') {
    const source = requiredSpecifier(specifier);
    const module = source !== undefined && isRelativeSpecifier(source) ? moduleAt(from, source) : null;
    return module ? { kind: 'namespace', module } : null;
  }
  if (declaration?.type !== 'ImportDeclaration' || declaration.importKind === 'type' || !isRelativeSpecifier(declaration.source.value)) return null;
  const module = moduleAt(from, declaration.source.value);
  if (!module) return null;
  if (specifier.type === 'ImportNamespaceSpecifier') return { kind: 'namespace', module };
  if (specifier.type === 'ImportDefaultSpecifier') {
    const exported = exportOf(module, 'default');
    return exported ? { kind: 'export', ...exported } : null;
  }
  if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') return null;
  const name = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
  const exported = exportOf(module, name);
  return exported ? { kind: 'export', ...exported } : null;
}

/** `require('./config')` (also inside an interop helper) of a project module, parsed. */
export function requiredModule(node: TSESTree.Node, scope: Scope.Scope): JsModule | null {
  const call = unwrapInterop(unwrap(node));
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'require') return null;
  const variable = findVariable(scope as never, call.callee as never) as Scope.Variable | null;
  if (variable && variable.defs.length > 0) return null;
  const specifier = stringArgument(call);
  const from = moduleOf(scope);
  return specifier !== undefined && isRelativeSpecifier(specifier) && from ? moduleAt(from, specifier) : null;
}

/** The module an expression is the namespace of: `require('./x')`, or a name bound to it or to `import * as x`. */
export function namespaceOf(node: TSESTree.Node, scope: Scope.Scope): JsModule | null {
  const target = unwrap(node);
  if (target.type === 'CallExpression') return requiredModule(target, scope);
  if (target.type !== 'Identifier') return null;
  const variable = findVariable(scope as never, target as never) as Scope.Variable | null;
  const imported = variable ? importOf(variable) : null;
  return imported?.kind === 'namespace' ? imported.module : null;
}

/** The expression a module exports under `name` (`default` is the CommonJS value when there is no ES default). */
export function exportOf(module: JsModule, name: string, hops = 0): ExportedNode | null {
  if (hops > MAX_HOPS) return null;
  const exports = exportsOf(module);
  // An export written under a computed name, below the top level: any name may be it.
  if (exports.open) return null;
  const binding = exports.named.get(name);
  if (binding) return bindingNode(module, binding, hops);
  if (exports.whole) {
    if (name === 'default') return bindingNode(module, exports.whole, hops);
    // `module.exports = { agentOptions }`: a property of the exported object.
    const whole = bindingNode(module, exports.whole, hops);
    const shape = whole ? resolveObject(whole.node, whole.place.scope) : null;
    const found = shape ? lookup(shape, name) : null;
    if (found?.state === 'present') return { node: found.entry.valueNode, place: found.entry.place };
    return null;
  }
  for (const specifier of exports.stars) {
    const target = isRelativeSpecifier(specifier) ? moduleAt(module, specifier) : null;
    const exported = target ? exportOf(target, name, hops + 1) : null;
    if (exported) return exported;
  }
  return null;
}

/** The module itself as a value: what `module.exports` (or `export =`) is set to. */
export function wholeOf(module: JsModule): ExportedNode | null {
  const whole = exportsOf(module).whole;
  return whole ? bindingNode(module, whole, 0) : null;
}

function bindingNode(module: JsModule, binding: ExportBinding, hops: number): ExportedNode | null {
  if (binding.kind === 'node') return { node: binding.node, place: { scope: binding.scope, bindings: null } };
  if (binding.kind === 'unknown' || binding.name === '*' || !isRelativeSpecifier(binding.specifier)) return null;
  const target = moduleAt(module, binding.specifier);
  return target ? exportOf(target, binding.name, hops + 1) : null;
}
