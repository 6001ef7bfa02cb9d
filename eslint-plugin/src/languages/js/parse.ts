import { parse as parsePath } from 'node:path';
import { Linter, type SourceCode } from 'eslint';
import { LINTED_FILES, languageOptionsFor } from './language-options';

export type ParseOutcome =
  | { readonly sourceCode: SourceCode; readonly parseError: null }
  | { readonly sourceCode: null; readonly parseError: { message: string; line: number; column: number } };

/**
 * Parses text with ESLint's own machinery (parser, scope analysis) and no rules. The Linter's working
 * directory is the file system root, so any absolute file name is inside it and gets a configuration.
 */
export function parseText(text: string, filename: string, options: { jsx?: boolean; sourceType?: 'module' | 'commonjs' } = {}): ParseOutcome {
  const linter = new Linter({ configType: 'flat', cwd: parsePath(filename).root || '/' });
  const messages = linter.verify(
    text,
    [
      // A module read for another file's sites may sit in node_modules (a package's own code), which flat config ignores.
      { ignores: ['!**/node_modules/'] },
      {
        files: [...LINTED_FILES],
        languageOptions: { ...languageOptionsFor(filename, options), ...(options.sourceType ? { sourceType: options.sourceType } : {}) },
        linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      },
    ],
    { filename },
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) return { sourceCode: null, parseError: { message: fatal.message, line: fatal.line, column: fatal.column } };
  return { sourceCode: linter.getSourceCode(), parseError: null };
}
