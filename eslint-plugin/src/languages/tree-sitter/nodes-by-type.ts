import type { Node } from 'web-tree-sitter';

/** The nodes of some types in a tree, each list in document order: what a site finder searches. */
export interface NodeIndex<T extends string> {
  of(type: T): readonly Node[];
}

/**
 * The nodes of a tree, of the types a site finder reads, from one walk. Every `descendantsOfType` over the whole
 * file visits every node (in WebAssembly) again: on a 2 000-line file each such walk costs more than the
 * incremental re-parse of an edit, so a finder asks its questions of this index instead.
 */
export class NodesByType<T extends string> implements NodeIndex<T> {
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

/**
 * The nodes of the given types that enclose an occurrence of one of `words` (a global pattern) in the text. A finder
 * whose every site contains a word it knows (a factory method, a class, a package name) finds all its sites among
 * them. Only the ancestors of those few places are visited, not the file's thousands of other nodes: the one
 * full walk and the wrapper for each node of a common type (a call) cost more than the incremental re-parse of an
 * edit. Occurrences in comments and strings only add nodes the finder rejects, as it would in a full walk.
 */
export class NodesAroundWords<T extends string> implements NodeIndex<T> {
  readonly #byType = new Map<string, Node[]>();

  constructor(root: Node, text: string, words: RegExp, types: readonly T[]) {
    if (!words.global) throw new Error('NodesAroundWords needs a global pattern');
    for (const type of types) this.#byType.set(type, []);
    const visited = new Set<number>();
    const found: Node[] = [];
    for (const match of text.matchAll(words)) {
      let node: Node | null = root.descendantForIndex(match.index, match.index + match[0].length);
      // A node seen before had its ancestors seen with it.
      for (; node && !visited.has(node.id); node = node.parent) {
        visited.add(node.id);
        if (this.#byType.has(node.type)) found.push(node);
      }
    }
    // Document order: an outer node before the nodes it encloses.
    found.sort((a, b) => a.startIndex - b.startIndex || b.endIndex - a.endIndex);
    for (const node of found) this.#byType.get(node.type)!.push(node);
  }

  of(type: T): readonly Node[] {
    return this.#byType.get(type)!;
  }
}
