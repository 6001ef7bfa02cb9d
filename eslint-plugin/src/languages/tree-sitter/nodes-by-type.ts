import type { Node } from 'web-tree-sitter';

/**
 * The nodes of a tree, of the types a site finder reads, from one walk. Every `descendantsOfType` over the whole
 * file visits every node (in WebAssembly) again: on a 2 000-line file each such walk costs more than the
 * incremental re-parse of an edit, so a finder asks its questions of this index instead.
 */
export class NodesByType<T extends string> {
  readonly #byType = new Map<string, Node[]>();

  constructor(root: Node, types: readonly T[]) {
    for (const type of types) this.#byType.set(type, []);
    // One walk, in document order; each list keeps that order.
    for (const node of root.descendantsOfType([...types])) this.#byType.get(node.type)?.push(node);
  }

  /** The nodes of one of the indexed types, in document order. */
  of(type: T): readonly Node[] {
    return this.#byType.get(type)!;
  }
}
