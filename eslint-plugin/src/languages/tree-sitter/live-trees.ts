import type { Tree } from 'web-tree-sitter';

/**
 * How many parsed files of one language keep their tree. A tree lives in WebAssembly memory (about 4 MB for
 * a 2 000-line Java file), which the garbage collector neither sees nor frees in time: linting 300 such
 * files with the `eslint` command peaked at 923 MB RSS, 193 MB once older trees were deleted. ESLint and
 * the editor finish with a file before they parse the next; two let a caller compare two files.
 */
export const LIVE_TREES_PER_LANGUAGE = 2;

/** The trees of the most recent files of one language; adding one deletes the oldest beyond the limit. */
export class LiveTrees {
  readonly #entries: { readonly tree: Tree; readonly onDelete: () => void }[] = [];

  /** Keeps `tree` alive until `LIVE_TREES_PER_LANGUAGE` newer trees are added; `onDelete` runs just before. */
  add(tree: Tree, onDelete: () => void): void {
    this.#entries.push({ tree, onDelete });
    while (this.#entries.length > LIVE_TREES_PER_LANGUAGE) {
      const oldest = this.#entries.shift()!;
      oldest.onDelete();
      oldest.tree.delete();
    }
  }
}
