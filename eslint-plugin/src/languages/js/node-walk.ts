import type { TSESTree } from '@typescript-eslint/utils';

/** Functions and classes nested in a walked body run on their own: their calls are not the body's. */
const OWN_BODIES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ClassDeclaration', 'ClassExpression']);

/**
 * Calls `visit` on every node under `root` (itself included); nested functions and classes are entered only when
 * `into` says so. For the few bodies the site finder reads itself (a constructor, a subclass), never a whole file.
 */
export function forEachNode(
  root: TSESTree.Node,
  visitorKeys: Readonly<Record<string, readonly string[] | undefined>>,
  visit: (node: TSESTree.Node) => void,
  into: 'own-body' | 'everything' = 'own-body',
): void {
  const stack: TSESTree.Node[] = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    visit(node);
    if (into === 'own-body' && node !== root && OWN_BODIES.has(node.type)) continue;
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) {
        for (const item of child) if (isNode(item)) stack.push(item);
      } else if (isNode(child)) stack.push(child);
    }
  }
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
