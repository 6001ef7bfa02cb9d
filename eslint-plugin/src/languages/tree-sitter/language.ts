import type { File, Language, LanguageOptions, OkParseResult, ParseResult } from '@eslint/core';
import type { Node, Tree } from 'web-tree-sitter';
import { EditedFiles } from './edited-files';
import { Grammar, type TreeSitterLanguageId } from './grammar';
import { LiveTrees } from './live-trees';
import { TreeSitterSourceCode } from './source-code';
import { fatalSyntaxError } from './syntax-errors';

/** What sets one tree-sitter language apart from another. */
export interface TreeSitterLanguageSpec {
  readonly languageId: TreeSitterLanguageId;
  /** The name in messages: "Java", "Go". */
  readonly displayName: string;
  /** The grammar's file in `dist/grammars/`. */
  readonly wasmFile: string;
  /** The grammar's root node type: the type rules visit. */
  readonly rootType: string;
  readonly commentTypes: readonly string[];
}

type TreeSitterParseResult = OkParseResult<Node> & { readonly tree: Tree };

/**
 * An ESLint language (the languages API of `@eslint/json` and `@eslint/css`) backed by a tree-sitter
 * grammar. Nothing loads until ESLint computes the config of a file in this language: it calls
 * `validateLanguageOptions`, which starts loading the runtime and this grammar. That settles within
 * microtasks, and ESLint reads the file before it parses it. `Linter#verify` does not wait: its users
 * `await language.ready` first.
 */
export class TreeSitterLanguage implements Language<{
  LangOptions: LanguageOptions;
  Code: TreeSitterSourceCode;
  RootNode: Node;
  Node: Node;
}> {
  readonly fileType = 'text';
  readonly lineStart = 1;
  readonly columnStart = 0;
  readonly nodeTypeKey = 'type';
  /** Traversal visits the root only (see `TreeSitterSourceCode`). */
  readonly visitorKeys: Record<string, string[]>;
  readonly #spec: TreeSitterLanguageSpec;
  readonly #grammar: Grammar;
  readonly #liveTrees = new LiveTrees();
  /** For editors: the files whose next parse starts from their last tree (see `EditedFiles`). */
  readonly editedFiles: EditedFiles;

  constructor(spec: TreeSitterLanguageSpec) {
    this.#spec = spec;
    this.#grammar = new Grammar(spec.languageId, spec.wasmFile);
    this.editedFiles = new EditedFiles(this.#grammar);
    this.visitorKeys = { [spec.rootType]: [] };
  }

  /** Settles when files of this language can be parsed (reading it starts the loading). */
  get ready(): Promise<void> {
    return this.#grammar.load();
  }

  /**
   * The language has no options. Others are ignored, not rejected: a config object without `files`
   * (say `{ languageOptions: { globals } }` meant for JavaScript) applies to these files too.
   */
  validateLanguageOptions(): void {
    void this.#grammar.load();
  }

  parse(file: File): ParseResult<Node> {
    const notReady = this.#grammar.notReadyReason;
    if (notReady !== undefined) return { ok: false, errors: [{ message: notReady, line: 1, column: 1 }] };
    const text = fileText(file);
    const previous = this.editedFiles.previousTree(file.path, text);
    let tree: Tree;
    try {
      tree = this.#grammar.parse(text, previous);
    } catch (error) {
      return { ok: false, errors: [{ message: `tree-sitter failed on this file: ${(error as Error).message}`, line: 1, column: 1 }] };
    } finally {
      previous?.delete();
    }
    this.editedFiles.keep(file.path, text, tree);
    const fatal = fatalSyntaxError(tree.rootNode, this.#spec.displayName, this.#spec.commentTypes);
    if (fatal !== undefined) {
      tree.delete();
      return { ok: false, errors: [fatal] };
    }
    const result: TreeSitterParseResult = { ok: true, ast: tree.rootNode, tree };
    return result;
  }

  createSourceCode(file: File, input: OkParseResult<Node>): TreeSitterSourceCode {
    const { tree } = input as TreeSitterParseResult;
    const { commentTypes } = this.#spec;
    return new TreeSitterSourceCode({ text: fileText(file), tree, grammar: this.#grammar, commentTypes, liveTrees: this.#liveTrees });
  }
}

/** The text of a file (`fileType: 'text'`: ESLint passes a string, already without its BOM). */
function fileText(file: File): string {
  return typeof file.body === 'string' ? file.body : new TextDecoder().decode(file.body);
}
