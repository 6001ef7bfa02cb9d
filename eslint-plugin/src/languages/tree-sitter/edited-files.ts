import type { Tree } from 'web-tree-sitter';
import type { EditedFilesApi } from '../eslint-languages';
import type { Grammar } from './grammar';
import { editBetween } from './text-edit';

interface Kept {
  /** The text the tree was parsed from. */
  readonly text: string;
  readonly tree: Tree;
}

/**
 * The files an editor is editing, for incremental parsing: each keeps the tree of its last parse, and its
 * next parse moves that tree onto the new text (`Tree#edit` with the span where the texts differ) and hands
 * it to tree-sitter, which re-reads only what changed (well under a millisecond after a keystroke in a
 * 2 000-line file, against 10–20 ms for the whole text).
 *
 * The kept tree is a copy (`Tree#copy` shares every node, so it costs almost nothing while the original
 * lives): the SourceCode's own tree is still deleted once newer files are parsed (`LiveTrees`), and nodes a
 * rule took from it are never moved by a later edit. Files nobody opened (every file of the `eslint`
 * command) keep nothing. A tree lives in WebAssembly memory, which the garbage collector neither sees nor
 * frees in time: an editor closes each file it opened when its document closes.
 */
export class EditedFiles implements EditedFilesApi {
  readonly #grammar: Grammar;
  readonly #files = new Map<string, Kept | null>();

  constructor(grammar: Grammar) {
    this.#grammar = grammar;
  }

  open(path: string): void {
    if (!this.#files.has(path)) this.#files.set(path, null);
  }

  close(path: string): void {
    this.#files.get(path)?.tree.delete();
    this.#files.delete(path);
  }

  get size(): number {
    return this.#files.size;
  }

  /**
   * The open file's last tree, moved onto `text`, for `Parser#parse(text, tree)`; `undefined` when the file is
   * not open or was not parsed since. The caller owns the tree (and deletes it after the parse).
   */
  previousTree(path: string, text: string): Tree | undefined {
    const kept = this.#files.get(path);
    if (!kept) return undefined;
    this.#files.set(path, null);
    if (kept.text !== text) this.#grammar.edit(kept.tree, editBetween(kept.text, text));
    return kept.tree;
  }

  /** Keeps a copy of the tree just parsed from `text`, when the file is open. */
  keep(path: string, text: string, tree: Tree): void {
    if (!this.#files.has(path)) return;
    this.#files.get(path)?.tree.delete();
    this.#files.set(path, { text, tree: tree.copy() });
  }
}
