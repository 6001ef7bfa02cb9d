import type { Language, Parser, Query, Tree } from 'web-tree-sitter';
import { loadRuntime, type TreeSitterModule } from './runtime';
import type { TextEdit } from './text-edit';
import { compileWasm } from './wasm-files';

/** The languages this plugin lints with tree-sitter. */
export type TreeSitterLanguageId = 'java' | 'go';

/** Every grammar it loads: the linted languages, and HCL for the Terraform files `discovery/` reads. */
export type GrammarId = TreeSitterLanguageId | 'hcl';

type GrammarState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly parser: Parser; readonly treeSitter: TreeSitterModule }
  | { readonly kind: 'failed'; readonly error: Error };

/**
 * One tree-sitter grammar: loaded on first need (after the shared runtime), then one parser and one
 * cache of compiled queries for every file of that language.
 */
export class Grammar<Id extends GrammarId = TreeSitterLanguageId> {
  readonly #wasmFile: string;
  #state: GrammarState = { kind: 'idle' };
  #loading: Promise<void> | undefined;
  readonly #queries = new Map<string, Query>();

  constructor(readonly languageId: Id, wasmFile: string) {
    this.#wasmFile = wasmFile;
  }

  /** Starts loading (once) and settles when this grammar can parse; rejects with the reason it cannot. */
  load(): Promise<void> {
    if (this.#loading === undefined) {
      this.#state = { kind: 'loading' };
      this.#loading = loadRuntime().then(
        (treeSitter) => {
          const language = treeSitter.Language.loadSync(compileWasm(this.#wasmFile) as Parameters<typeof treeSitter.Language.loadSync>[0]);
          this.#state = { kind: 'ready', parser: new treeSitter.Parser().setLanguage(language), treeSitter };
        },
        (error: unknown) => {
          this.#state = { kind: 'failed', error: error instanceof Error ? error : new Error(String(error)) };
          throw this.#state.error;
        },
      );
      // Loading starts from ESLint's config step, where no one awaits it: parse() reports a failure instead.
      this.#loading.catch(() => undefined);
    }
    return this.#loading;
  }

  /** Why this grammar cannot parse yet, or `undefined` when it can. */
  get notReadyReason(): string | undefined {
    switch (this.#state.kind) {
      case 'ready':
        return undefined;
      case 'failed':
        return `the tree-sitter ${this.languageId} grammar failed to load: ${this.#state.error.message}`;
      default:
        return `the tree-sitter ${this.languageId} grammar is still loading: await plugin.languages.${this.languageId}.ready before the first Linter#verify or ESLint#lintText`;
    }
  }

  /**
   * Parses a text; only once `load()` has settled (see `notReadyReason`). With `previous` (an earlier tree
   * already moved onto this text by `Tree#edit`), tree-sitter re-reads only what changed.
   */
  parse(text: string, previous?: Tree): Tree {
    const tree = this.#ready().parser.parse(text, previous);
    if (tree === null) throw new Error(`tree-sitter returned no ${this.languageId} tree`);
    return tree;
  }

  /** Moves a tree of this grammar onto an edited text, so it can be the previous tree of that text's parse. */
  edit(tree: Tree, edit: TextEdit): void {
    tree.edit(new (this.#ready().treeSitter.Edit)(edit));
  }

  /** Compiles a tree-sitter query once per grammar; later calls with the same source reuse it. */
  query(source: string): Query {
    let query = this.#queries.get(source);
    if (query === undefined) {
      const ready = this.#ready();
      query = new ready.treeSitter.Query(ready.parser.language as Language, source);
      this.#queries.set(source, query);
    }
    return query;
  }

  #ready(): Extract<GrammarState, { kind: 'ready' }> {
    if (this.#state.kind !== 'ready') throw new Error(this.notReadyReason);
    return this.#state;
  }
}
