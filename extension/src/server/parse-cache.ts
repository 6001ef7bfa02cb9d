import type { SourceCode } from 'eslint';

/**
 * The parse of the document being edited, kept so the next edit of it can reuse it (`number-edit.ts`). Only
 * one: an AST with its tokens and scopes takes several times the text's size (about 80 MB for 10 000 lines),
 * and edits come to one document at a time.
 */
export class ParseCache {
  private kept: { readonly key: string; readonly sourceCode: SourceCode } | null = null;

  /** Takes the kept parse out (the caller may change it in place); `undefined` when it is another document's. */
  take(key: string): SourceCode | undefined {
    const kept = this.kept;
    if (kept?.key !== key) return undefined;
    this.kept = null;
    return kept.sourceCode;
  }

  keep(key: string, sourceCode: SourceCode): void {
    this.kept = { key, sourceCode };
  }

  /** Drops the kept parse (another document is edited, or the edited one was closed). */
  forget(): void {
    this.kept = null;
  }
}
