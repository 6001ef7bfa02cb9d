/* eslint-disable @typescript-eslint/no-require-imports -- each language module loads on first read */
import type { TreeSitterLanguage } from './tree-sitter/language';

/**
 * The plugin's ESLint languages, `keepalive/java` and `keepalive/go`. Each module is required when ESLint
 * first reads it, i.e. when a config names it, so a JavaScript-only config loads none of them.
 */
export const languages = {
  get java(): TreeSitterLanguage {
    return (require('./java/language') as typeof import('./java/language')).javaLanguage;
  },
  get go(): TreeSitterLanguage {
    return (require('./go/language') as typeof import('./go/language')).goLanguage;
  },
};
