import type { FileProblem, LanguageOptions, SourceLocation, SourceRange, TraversalStep } from '@eslint/core';
import { type Directive, TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';
import type { Node, Query, QueryCapture, QueryMatch, QueryOptions, Tree } from 'web-tree-sitter';
import { lineIndexOf, startsAfterNewlines } from '../../sites/line-starts';
import { type Comment, commentQuery, toComment } from './comments';
import type { Grammar, TreeSitterLanguageId } from './grammar';
import { disableDirectives, inlineConfigComments, type InlineRuleConfig, inlineRuleConfigs } from './inline-config';
import { LIVE_TREES_PER_LANGUAGE, type LiveTrees } from './live-trees';
import { isTreeSitterNode, nodeLoc, nodeRange } from './positions';

/** What a location can be asked of: a tree-sitter node or a comment. */
export type SyntaxElement = Node | Comment;

/**
 * A Java or Go file as ESLint's rules see it: the text, the tree-sitter tree, its comments and ESLint's
 * inline configuration. Traversal visits the root only: rules do their work in one root visitor with
 * cached queries (`query`, `matches`, `captures`), which is about half the cost of a full node walk.
 * The tree is deleted once its language has parsed `LIVE_TREES_PER_LANGUAGE` newer files (see `LiveTrees`);
 * from then on `tree`, `ast`, `matches` and `captures` throw, and nodes taken from it must not be used.
 */
export class TreeSitterSourceCode extends TextSourceCodeBase<{
  LangOptions: LanguageOptions;
  RootNode: Node;
  SyntaxElementWithLoc: SyntaxElement;
  ConfigNode: Comment;
}> {
  /** Which language this text is in; JavaScript's `SourceCode` has no such property. */
  readonly languageId: TreeSitterLanguageId;
  readonly #tree: Tree;
  #deleted = false;
  readonly #grammar: Grammar;
  readonly #commentTypes: readonly string[];
  #comments: Comment[] | undefined;
  #configComments: Comment[] | undefined;
  #lineStarts: number[] | undefined;
  #rootStart: SourceLocation['start'] | undefined;

  constructor(options: { text: string; tree: Tree; grammar: Grammar; commentTypes: readonly string[]; liveTrees: LiveTrees }) {
    const root = options.tree.rootNode;
    super({ text: options.text, ast: root });
    // `ast` becomes an accessor so that it, too, refuses to hand out a deleted tree.
    Object.defineProperty(this, 'ast', { get: () => this.#live(root), enumerable: true, configurable: true });
    this.#tree = options.tree;
    this.languageId = options.grammar.languageId;
    this.#grammar = options.grammar;
    this.#commentTypes = options.commentTypes;
    options.liveTrees.add(options.tree, () => {
      this.#deleted = true;
    });
  }

  /** The whole tree-sitter tree; `ast` is its root node (`program` in Java, `source_file` in Go). */
  get tree(): Tree {
    return this.#live(this.#tree);
  }

  /** A tree-sitter query of this language, compiled once per process and shared by every file and rule. */
  query(source: string): Query {
    return this.#grammar.query(source);
  }

  /** The matches of a query in `node` (the whole file by default), in document order. */
  matches(source: string, node: Node = this.ast, options?: QueryOptions): QueryMatch[] {
    return this.query(source).matches(node, options);
  }

  /** The captures of a query in `node` (the whole file by default), in document order. */
  captures(source: string, node: Node = this.ast, options?: QueryOptions): QueryCapture[] {
    return this.query(source).captures(node, options);
  }

  /** Every comment, in document order, as `{ type: 'Line' | 'Block', value, range, loc }`. */
  get comments(): readonly Comment[] {
    this.#comments ??= this.captures(commentQuery(this.#commentTypes)).map((capture) => toComment(capture.node));
    return this.#comments;
  }

  override getLoc(element: SyntaxElement): SourceLocation {
    return isTreeSitterNode(element) ? nodeLoc(element) : element.loc;
  }

  override getRange(element: SyntaxElement): SourceRange {
    return isTreeSitterNode(element) ? nodeRange(element) : element.range;
  }

  /**
   * As the base class counts (lines start after each "\n", offset by the root's start), from a line index built
   * with `indexOf`: the base class finds each line with a regular expression and a slice, which costs a
   * 2 000-line file more on every edit than its incremental re-parse.
   */
  override getLocFromIndex(index: number): { line: number; column: number } {
    if (typeof index !== 'number' || index <= 0 || index >= this.text.length) return super.getLocFromIndex(index);
    const starts = (this.#lineStarts ??= startsAfterNewlines(this.text));
    const line = lineIndexOf(starts, index);
    const start = (this.#rootStart ??= this.getLoc(this.ast).start);
    return { line: line + start.line, column: index - starts[line]! + start.column };
  }

  override getParent(element: SyntaxElement): Node | undefined {
    return isTreeSitterNode(element) ? (element.parent ?? undefined) : undefined;
  }

  #live<T>(value: T): T {
    if (this.#deleted) {
      throw new Error(
        `The tree of this ${this.languageId} file was deleted to free memory: only the ${LIVE_TREES_PER_LANGUAGE} files of a language parsed last keep theirs.`,
      );
    }
    return value;
  }

  override *traverse(): Iterable<TraversalStep> {
    yield new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast] });
    yield new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast] });
  }

  getInlineConfigNodes(): Comment[] {
    // Every directive names ESLint: a text without the word has none, and its comments need not be gathered (a
    // query over the whole tree on every lint of an edited file).
    this.#configComments ??= this.text.includes('eslint') ? inlineConfigComments(this.comments) : [];
    return this.#configComments;
  }

  getDisableDirectives(): { directives: Directive[]; problems: FileProblem[] } {
    return disableDirectives(this.getInlineConfigNodes());
  }

  applyInlineConfig(): { configs: InlineRuleConfig[]; problems: FileProblem[] } {
    return inlineRuleConfigs(this.getInlineConfigNodes());
  }
}
