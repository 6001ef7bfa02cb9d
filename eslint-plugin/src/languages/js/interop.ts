import type { TSESTree } from '@typescript-eslint/utils';

/**
 * The helpers compilers wrap around `require()` to give CommonJS modules an ES module's shape: TypeScript's
 * `__importStar` / `__importDefault` (inline or from tslib), Babel's `_interopRequireDefault` /
 * `_interopRequireWildcard`, swc's `_interop_require_default`, esbuild's `__toESM`. Each returns the module itself or
 * an object whose `default` is the module, and the trace maps count `default` as the module already.
 */
const INTEROP_HELPER = /^_*(?:importStar|importDefault|toESM|interopRequire(?:Default|Wildcard)|interop_require_(?:default|wildcard))(?:\$?\d+)?$/;

/** `__importStar(require('http'))`, `tslib_1.__importDefault(require('undici'))`, `(0, tslib.__importStar)(…)`: the call around `inner`. */
export function interopCallAround(inner: TSESTree.Node): TSESTree.CallExpression | null {
  const call = inner.parent;
  if (call?.type !== 'CallExpression' || call.arguments[0] !== inner || !isInteropHelper(call.callee)) return null;
  return call;
}

/** The `require()` call an interop helper call wraps, or the node itself. */
export function unwrapInterop(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.type === 'CallExpression' && current.arguments.length >= 1 && isInteropHelper(current.callee) && current.arguments[0]!.type !== 'SpreadElement') {
    current = current.arguments[0]!;
  }
  return current;
}

function isInteropHelper(callee: TSESTree.Node): boolean {
  if (callee.type === 'SequenceExpression') return isInteropHelper(callee.expressions.at(-1)!);
  if (callee.type === 'Identifier') return INTEROP_HELPER.test(callee.name);
  return callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' && INTEROP_HELPER.test(callee.property.name);
}
