/**
 * Checks that what the server sends is well-formed LSP, down to every position: each function returns the
 * problems it found (empty when the value is well-formed), each naming the field.
 */
import type { CodeAction, Diagnostic, Hover, InlayHint, Position, Range } from 'vscode-languageserver-protocol/node';

type Problems = string[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isWhole(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

export function positionProblems(position: unknown, where: string, lines?: readonly string[]): Problems {
  if (!isObject(position) || !isWhole(position['line']) || !isWhole(position['character'])) return [`${where}: not a position: ${JSON.stringify(position)}`];
  const { line, character } = position as unknown as Position;
  if (lines && (line >= lines.length || character > lines[line]!.length)) return [`${where}: ${line}:${character} is outside the text (${lines.length} lines)`];
  return [];
}

export function rangeProblems(range: unknown, where: string, lines?: readonly string[]): Problems {
  if (!isObject(range)) return [`${where}: not a range: ${JSON.stringify(range)}`];
  const problems = [...positionProblems(range['start'], `${where}.start`, lines), ...positionProblems(range['end'], `${where}.end`, lines)];
  if (problems.length > 0) return problems;
  const { start, end } = range as unknown as Range;
  if (end.line < start.line || (end.line === start.line && end.character < start.character)) problems.push(`${where}: ends before it starts`);
  return problems;
}

/** A keepalive diagnostic: range, severity, source, rule code with its documentation link, and its version. */
export function diagnosticProblems(diagnostic: Diagnostic, where: string, lines?: readonly string[]): Problems {
  const problems = rangeProblems(diagnostic.range, `${where}.range`, lines);
  if (diagnostic.severity !== 1 && diagnostic.severity !== 2) problems.push(`${where}.severity: ${String(diagnostic.severity)}`);
  if (diagnostic.source !== 'keepalive') problems.push(`${where}.source: ${String(diagnostic.source)}`);
  if (typeof diagnostic.code !== 'string' || !diagnostic.code.startsWith('keepalive/')) problems.push(`${where}.code: ${String(diagnostic.code)}`);
  if (!isText(diagnostic.message)) problems.push(`${where}.message is empty`);
  if (diagnostic.codeDescription && !/^https:\/\//.test(diagnostic.codeDescription.href)) problems.push(`${where}.codeDescription: ${diagnostic.codeDescription.href}`);
  if (!isObject(diagnostic.data) || !isWhole(diagnostic.data['version'])) problems.push(`${where}.data: ${JSON.stringify(diagnostic.data)}`);
  return problems;
}

/**
 * A quick fix: a title, never preferred, and either a command or an edit of one document version whose ranges
 * lie inside that version's text (`linesOf` gives it, or undefined when the caller did not keep it).
 */
export function codeActionProblems(action: CodeAction, where: string, linesOf: (uri: string, version: number) => readonly string[] | undefined): Problems {
  const problems: Problems = [];
  if (!isObject(action)) return [`${where}: not a code action: ${JSON.stringify(action)}`];
  if (!isText(action.title)) problems.push(`${where}.title is empty`);
  if (action.kind !== 'quickfix') problems.push(`${where}.kind: ${String(action.kind)}`);
  if (action.isPreferred === true) problems.push(`${where} is preferred`);
  for (const [index, diagnostic] of (action.diagnostics ?? []).entries()) problems.push(...diagnosticProblems(diagnostic, `${where}.diagnostics[${index}]`));
  if (!action.edit && !action.command) problems.push(`${where} has neither an edit nor a command`);
  if (action.command && (!isText(action.command.title) || !isText(action.command.command))) problems.push(`${where}.command: ${JSON.stringify(action.command)}`);
  for (const [index, change] of (action.edit?.documentChanges ?? []).entries()) {
    const at = `${where}.edit.documentChanges[${index}]`;
    if (!isObject(change) || !('textDocument' in change) || !('edits' in change)) {
      problems.push(`${at}: not a text document edit`);
      continue;
    }
    const { uri, version } = change.textDocument;
    if (!isText(uri) || !isWhole(version)) problems.push(`${at}.textDocument: ${JSON.stringify(change.textDocument)}`);
    const lines = isWhole(version) ? linesOf(uri, version) : undefined;
    for (const [e, edit] of change.edits.entries()) {
      problems.push(...rangeProblems(edit.range, `${at}.edits[${e}].range`, lines));
      if (typeof (edit as { newText?: unknown }).newText !== 'string') problems.push(`${at}.edits[${e}].newText is not a string`);
    }
  }
  if (action.edit?.changes) problems.push(`${where}.edit uses 'changes' (unversioned)`);
  return problems;
}

export function inlayHintProblems(hint: InlayHint, where: string, lines?: readonly string[]): Problems {
  if (!isObject(hint)) return [`${where}: not an inlay hint: ${JSON.stringify(hint)}`];
  const problems = positionProblems(hint.position, `${where}.position`, lines);
  if (!isText(hint.label)) problems.push(`${where}.label: ${JSON.stringify(hint.label)}`);
  if (hint.paddingLeft !== undefined && typeof hint.paddingLeft !== 'boolean') problems.push(`${where}.paddingLeft: ${String(hint.paddingLeft)}`);
  if (hint.tooltip !== undefined && !isText(hint.tooltip)) problems.push(`${where}.tooltip: ${JSON.stringify(hint.tooltip)}`);
  return problems;
}

export function hoverProblems(hover: Hover | null, where: string, lines?: readonly string[]): Problems {
  if (hover === null) return [];
  if (!isObject(hover)) return [`${where}: not a hover: ${JSON.stringify(hover)}`];
  const contents = hover.contents as unknown;
  const problems: Problems = [];
  if (!isObject(contents) || contents['kind'] !== 'markdown' || !isText(contents['value'])) problems.push(`${where}.contents: ${JSON.stringify(contents).slice(0, 200)}`);
  if (hover.range) problems.push(...rangeProblems(hover.range, `${where}.range`, lines));
  return problems;
}
