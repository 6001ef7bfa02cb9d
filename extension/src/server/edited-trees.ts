import { pluginLanguage, type PluginLanguageId } from './plugin-languages';

/**
 * Incremental re-parsing of the open Java and Go documents. Each one linted is opened in its language's
 * `editedFiles` under the name it is linted as, so its next parse starts from its last tree and re-reads only
 * what changed. A tree lives in WebAssembly memory (a few MB for a 2 000-line file) that the garbage collector
 * never frees, so it is deleted as soon as the document no longer needs it: when it closes, when its text is
 * no longer parsed (too large, linting turned off), or when it is linted under another name or language.
 */
export class EditedTrees {
  /** Per document URI: the language and name its tree is kept under. */
  private readonly open = new Map<string, { readonly language: PluginLanguageId; readonly filename: string }>();

  /** The document is about to be linted as `filename` in `language`: keep its tree for the next parse. */
  follow(uri: string, language: PluginLanguageId, filename: string): void {
    const current = this.open.get(uri);
    if (current?.language === language && current.filename === filename) return;
    this.forget(uri);
    pluginLanguage(language).editedFiles.open(filename);
    this.open.set(uri, { language, filename });
  }

  /** Deletes the document's tree, if it has one. */
  forget(uri: string): void {
    const current = this.open.get(uri);
    if (!current) return;
    this.open.delete(uri);
    // Two unsaved documents of a language share one name: the tree stays while the other one still uses it.
    if ([...this.open.values()].some((other) => other.language === current.language && other.filename === current.filename)) return;
    pluginLanguage(current.language).editedFiles.close(current.filename);
  }

  /** How many documents keep a tree. */
  get size(): number {
    return this.open.size;
  }
}
