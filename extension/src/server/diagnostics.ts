import type { Linter } from 'eslint';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../shared/protocol';

/** What a diagnostic remembers, so a later code-action request can be matched to the lint run it came from. */
export interface DiagnosticData {
  readonly version: number;
}

/**
 * One lint message as an LSP diagnostic: ESLint lines and columns are 1-based, LSP positions 0-based (both
 * count UTF-16 units). A message without an end covers its start position only.
 */
export function toDiagnostic(message: Linter.LintMessage, version: number, docUrl: (ruleId: string) => string | undefined): Diagnostic {
  const ruleId = message.ruleId ?? 'keepalive';
  const href = docUrl(ruleId);
  const data: DiagnosticData = { version };
  return {
    range: messageRange(message),
    severity: message.severity === 2 ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    source: DIAGNOSTIC_SOURCE,
    code: ruleId,
    ...(href ? { codeDescription: { href } } : {}),
    message: message.message,
    data,
  };
}

export function messageRange(message: Linter.LintMessage): Range {
  const start = { line: Math.max(0, message.line - 1), character: Math.max(0, message.column - 1) };
  if (message.endLine === undefined || message.endColumn === undefined) return { start, end: start };
  return { start, end: { line: message.endLine - 1, character: message.endColumn - 1 } };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
