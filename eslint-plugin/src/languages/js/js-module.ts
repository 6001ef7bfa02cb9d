import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';

/**
 * One parsed JavaScript or TypeScript module: the file being linted, or one it imports from the same project. Static
 * resolution finds the module of any node through its scope, so a value can be followed from one module into
 * another and each module's own text, scopes and imports are used for what is written in it.
 */
export interface JsModule {
  /** Absolute path; `null` when the linted file's name is not known, which keeps other modules out of reach. */
  readonly filename: string | null;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly text: string;
  readonly globalScope: Scope.Scope;
  /** Other files this module's resolution read (their paths), for editors that re-lint dependents. */
  readonly reads: Set<string>;
  /**
   * Calls and constructions that are known not to change an options object handed to them (the tracked pool
   * constructions and request calls): passing an object anywhere else may write any of its keys.
   */
  readonly knownCalls: Set<TSESTree.Node>;
}

const modules = new WeakMap<object, JsModule>();

export function registerModule(module: JsModule): JsModule {
  modules.set(module.globalScope, module);
  return module;
}

/** The module a scope belongs to: the outermost scope above it names it. */
export function moduleOf(scope: Scope.Scope): JsModule | null {
  let current = scope;
  while (current.upper) current = current.upper;
  return modules.get(current) ?? null;
}
