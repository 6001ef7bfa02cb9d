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

const JAVASCRIPT_EXTENSION = /\.(?:js|jsx|mjs|cjs|ts|tsx|mts|cts)$/i;

/** What the name a document is linted under must end with for its language to be the one it is read in. */
const LINTED_EXTENSIONS: Readonly<Record<string, RegExp>> = {
  javascript: JAVASCRIPT_EXTENSION,
  javascriptreact: JAVASCRIPT_EXTENSION,
  typescript: JAVASCRIPT_EXTENSION,
  typescriptreact: JAVASCRIPT_EXTENSION,
  // The lint config matches `**/*.java` and `**/*.go`, as ESLint's globs do: case-sensitively.
  java: /\.java$/,
  go: /\.go$/,
};

/**
 * The absolute name a document is linted under: its path, or a name in `cwd` that says its language. A file
 * whose extension does not say its language (`.es6`, or a `.txt` shown as Go) gets its language's extension
 * added, so the Linter reads it in the language the editor shows it in.
 */
export function lintFilename(uri: string, languageId: string, cwd: string): string {
  const untitled = UNTITLED_FILE_NAMES[languageId] ?? 'untitled.js';
  const path = filePathOf(uri);
  if (!path) return join(cwd, untitled);
  const extension = LINTED_EXTENSIONS[languageId] ?? JAVASCRIPT_EXTENSION;
  return extension.test(path) ? path : `${path}${untitled.slice(untitled.lastIndexOf('.'))}`;
}

export function isJsxLanguage(languageId: string): boolean {
  return languageId === 'javascriptreact' || languageId === 'typescriptreact';
}
