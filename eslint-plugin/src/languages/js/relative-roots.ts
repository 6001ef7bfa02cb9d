import type { TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { JsModule } from './js-module';
import { moduleLoadingCalls, requiredSpecifier } from './module-references';
import { isRelativeSpecifier, mayNamePackageRoot } from './project-files';
import { resolveFrom } from './project-modules';
import type { TraceNode } from './trace-map';
import { specifierNode } from './trace-nodes';
import { traceMaps } from './tracked-modules';

/** A relative specifier of the file and what the module tracking takes it for. */
export interface RelativeRoot {
  readonly specifier: string;
  readonly branch: TraceNode;
  /** The tracked package it is (the package's own code importing itself), when it is one. */
  readonly packageName: string | null;
}

/**
 * The relative specifiers of a file that module tracking follows: a tracked package's own entry point
 * (`require('../')` in hpagent's tests is hpagent), and project modules whose exports build pools (a wrapper
 * re-exporting a constructor, a subclass) where the file constructs or extends what it imports from them. Other
 * relative imports are read only when a value from them is needed, so most files read no other module at all.
 */
export function relativeRoots(module: JsModule): RelativeRoot[] {
  if (!module.filename) return [];
  const roots: RelativeRoot[] = [];
  const seen = new Set<string>();
  for (const { specifier, bindings, constructedInPlace } of relativeLoads(module)) {
    if (seen.has(specifier)) continue;
    const constructs = constructedInPlace || bindings.some((variable) => isUsedAsConstructor(variable, module, 0));
    if (!constructs && !mayNamePackageRoot(specifier)) continue;
    seen.add(specifier);
    if (!constructs) {
      // Only a tracked package counts here: a project module is read only for what the file builds from it.
      const resolved = resolveFrom(module, specifier);
      if (resolved?.kind === 'package') roots.push({ specifier, branch: traceMaps.modules[resolved.name] as TraceNode, packageName: resolved.name });
      continue;
    }
    const branch = specifierNode(module, specifier);
    if (branch) roots.push({ specifier, branch, packageName: packageNameOf(branch) });
  }
  return roots;
}

function packageNameOf(branch: TraceNode): string | null {
  for (const [name, node] of Object.entries(traceMaps.modules)) if (node === branch) return name;
  return null;
}

interface RelativeLoad {
  readonly specifier: string;
  /** The names it is bound to in this file. */
  readonly bindings: readonly Scope.Variable[];
  /** Constructed or extended right where it is loaded: `new (require('./pool').Agent)()`. */
  readonly constructedInPlace: boolean;
}

function* relativeLoads(module: JsModule): Generator<RelativeLoad> {
  const { sourceCode, globalScope } = module;
  const program = globalScope.block as TSESTree.Program;
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && statement.importKind !== 'type' && isRelativeSpecifier(statement.source.value)) {
      yield { specifier: statement.source.value, bindings: sourceCode.getDeclaredVariables(statement), constructedInPlace: false };
    } else if (statement.type === 'TSImportEqualsDeclaration') {
      const specifier = requiredSpecifier(statement);
      if (specifier !== undefined && isRelativeSpecifier(specifier)) yield { specifier, bindings: sourceCode.getDeclaredVariables(statement), constructedInPlace: false };
    }
  }
  for (const { call, specifier } of moduleLoadingCalls(globalScope)) {
    if (!isRelativeSpecifier(specifier)) continue;
    let value: TSESTree.Node = call;
    while (value.parent?.type === 'CallExpression' && value.parent.arguments[0] === value) value = value.parent; // interop helpers
    const declarator = declaratorOf(value);
    yield { specifier, bindings: declarator ? sourceCode.getDeclaredVariables(declarator) : [], constructedInPlace: isConstructedHere(value) };
  }
}

/** `const x = value` or `const x = value.Member`: the declaration that keeps it. */
function declaratorOf(value: TSESTree.Node): TSESTree.VariableDeclarator | null {
  let current = value;
  while (current.parent?.type === 'MemberExpression' && current.parent.object === current) current = current.parent;
  const parent = current.parent;
  return parent?.type === 'VariableDeclarator' && parent.init === current ? parent : null;
}

/** `new X()`, `class extends X`, `X.call(this, …)` on the value itself or on a property of it. */
function isConstructedHere(node: TSESTree.Node): boolean {
  let value = node;
  for (let depth = 0; depth < 3 && value.parent?.type === 'MemberExpression' && value.parent.object === value; depth++) {
    const method = value.parent.property.type === 'Identifier' ? value.parent.property.name : null;
    if ((method === 'call' || method === 'apply') && value.parent.parent?.type === 'CallExpression') return true;
    value = value.parent;
  }
  const parent = value.parent;
  if (parent?.type === 'NewExpression') return parent.callee === value;
  return (parent?.type === 'ClassDeclaration' || parent?.type === 'ClassExpression') && parent.superClass === value;
}

/** Constructed, extended or run on `this` anywhere in the file, also through an alias (`const { Agent } = pool`). */
function isUsedAsConstructor(variable: Scope.Variable, module: JsModule, depth: number): boolean {
  for (const reference of variable.references) {
    if (!reference.isRead()) continue;
    const identifier = reference.identifier as TSESTree.Node;
    if (isConstructedHere(identifier)) return true;
    const declarator = depth < 2 ? declaratorOf(identifier) : null;
    if (declarator && module.sourceCode.getDeclaredVariables(declarator).some((alias) => isUsedAsConstructor(alias, module, depth + 1))) return true;
  }
  return false;
}
