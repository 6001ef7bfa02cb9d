/**
 * What the server should report for a text, computed without the server: ESLint's own Linter in this process,
 * with the plugin's recommended rules and the given `settings.keepalive`, as an untrusted workspace lints. Positions are
 * mapped through offsets, so a line break ESLint counts and LSP does not (U+2028) cannot hide a wrong range.
 */
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { LINTED_FILES, languageOptionsFor } from 'eslint-plugin-keepalive/inspect';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol/node';

/** The server skips documents over this size (see the extension README). */
const MAX_LINTED_CHARS = 1_000_000;

/** One finding as a comparable line: rule, range, severity, message. */
export function findingKey(code: unknown, range: { start: Position; end: Position }, severity: unknown, message: string): string {
  return `${String(code)} ${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${String(severity)} ${message}`;
}

export function diagnosticKey(diagnostic: Diagnostic): string {
  const message = typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
  return findingKey(diagnostic.code, diagnostic.range, diagnostic.severity, message);
}

/** The sorted finding keys of a fresh lint, or null when the text does not parse (the server then keeps older ones). */
export function freshFindings(
  text: string,
  { filename, jsx, keepalive: shared }: { filename: string; jsx: boolean; keepalive: Readonly<Record<string, unknown>> },
  positionAt: (offset: number) => Position,
): string[] | null {
  if (text.length > MAX_LINTED_CHARS) return [];
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const config: Linter.Config[] = [
    {
      files: [...LINTED_FILES],
      plugins: { keepalive },
      languageOptions: languageOptionsFor(filename, { jsx }),
      linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      settings: { keepalive: shared },
      rules: keepalive.configs.recommended.rules,
    },
  ];
  const messages = linter.verify(text, config, { filename });
  if (messages.some((message) => message.fatal)) return null;
  const sourceCode = linter.getSourceCode();
  const at = (line: number, column: number): Position => positionAt(sourceCode.getIndexFromLoc({ line, column: column - 1 }));
  return messages
    .filter((message) => message.ruleId?.startsWith('keepalive/') && message.messageId !== 'invalidSettings')
    .map((message) => {
      const start = at(message.line, message.column);
      const end = message.endLine !== undefined && message.endColumn !== undefined ? at(message.endLine, message.endColumn) : start;
      return findingKey(message.ruleId, { start, end }, message.severity === 2 ? 1 : 2, message.message);
    })
    .sort();
}
