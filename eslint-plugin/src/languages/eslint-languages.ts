/* eslint-disable @typescript-eslint/no-require-imports -- each language module loads on first read */
import type { Language } from '@eslint/core';

/**
 * One of the plugin's ESLint languages, as its users see it. Typed without web-tree-sitter, whose
 * declarations need the DOM library: a project type-checking its `eslint.config.ts` need not have it.
 */
export interface KeepaliveLanguage extends Language {
  /** Settles when files of this language can be parsed; reading it starts loading the grammar. */
  readonly ready: Promise<void>;
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
