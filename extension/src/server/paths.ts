import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UNTITLED_FILE_NAMES } from '../shared/protocol';

/** The file-system path of a `file:` URI, or `null` for other schemes (unsaved documents, virtual files). */
export function filePathOf(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

const LINTED_EXTENSION = /\.(?:js|jsx|mjs|cjs|ts|tsx|mts|cts)$/i;

/**
 * The absolute name a document is linted under: its path, or a name in `cwd` that says its language. A file
 * whose extension the Linter does not know (`.es6`) gets its language's extension added.
 */
export function lintFilename(uri: string, languageId: string, cwd: string): string {
  const untitled = UNTITLED_FILE_NAMES[languageId] ?? 'untitled.js';
  const path = filePathOf(uri);
  if (!path) return join(cwd, untitled);
  return LINTED_EXTENSION.test(path) ? path : `${path}${untitled.slice(untitled.lastIndexOf('.'))}`;
}

export function isJsxLanguage(languageId: string): boolean {
  return languageId === 'javascriptreact' || languageId === 'typescriptreact';
}
