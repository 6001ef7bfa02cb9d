/* eslint-disable @typescript-eslint/no-require-imports -- each language module loads on first read */
import type { Language } from '@eslint/core';

/**
 * One of the plugin's ESLint languages, as its users see it. Typed without web-tree-sitter, whose
 * declarations need the DOM library: a project type-checking its `eslint.config.ts` need not have it.
 */
export interface KeepaliveLanguage extends Language {
  /** Settles when files of this language can be parsed; reading it starts loading the grammar. */
  readonly ready: Promise<void>;
  /**
   * For editors: a file opened here keeps the tree of its last parse, and its next parse re-reads only what
   * changed since. Close it when its document closes (the tree lives in WebAssembly memory).
   */
  readonly editedFiles: EditedFilesApi;
}

/** The files an editor is editing in one of the languages (see `tree-sitter/edited-files.ts`). */
export interface EditedFilesApi {
  /** From now on, parses of the file at `path` keep its tree for the next one. Opening it again changes nothing. */
  open(path: string): void;
  /** Deletes the kept tree of the file; its next parse reads it whole. */
  close(path: string): void;
  /** How many files are open. */
  readonly size: number;
}

/**
 * The plugin's ESLint languages, `keepalive/java` and `keepalive/go`. Each module is required when ESLint
 * first reads it, i.e. when a config names it, so a JavaScript-only config loads none of them.
 */
export const languages = {
  get java(): KeepaliveLanguage {
    return (require('./java/language') as typeof import('./java/language')).javaLanguage;
  },
  get go(): KeepaliveLanguage {
    return (require('./go/language') as typeof import('./go/language')).goLanguage;
  },
};
