import type { Sites, SuggestionWriter, TextEdit, TextRange } from '../sites';
import type { Targets } from '../targets';

/**
 * One finding as every face shows it (an ESLint report with suggestions, an editor diagnostic with quick fixes, a
 * CLI line): the rule, the message and its data, where it is, and each suggestion's edits. Like a SARIF result.
 */
export interface Finding {
  /** The rule's name without the plugin prefix: `require-idle-timeout`. */
  readonly rule: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly range: TextRange;
  readonly suggestions: readonly FindingSuggestion[];
}

export interface FindingSuggestion {
  readonly messageId: string;
  readonly data: Readonly<Record<string, string>>;
  readonly edits: readonly TextEdit[];
}

/** What finding a file's problems takes: its sites, the targets its settings name, and its language's writer. */
export interface FileFacts {
  readonly sites: Sites;
  readonly targets: Targets;
  readonly writer: SuggestionWriter;
}

/** A suggestion when the writer could make its edits, else none. */
export function suggestion(messageId: string, data: Readonly<Record<string, string>>, edits: readonly TextEdit[] | null): FindingSuggestion[] {
  return edits ? [{ messageId, data, edits }] : [];
}
