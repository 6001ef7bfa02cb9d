import type { Linter } from 'eslint';

/** What is needed of a SourceCode: its text, its own lines, and where a line and column of its own are. */
interface LinedSource {
  readonly text: string;
  readonly lines: readonly string[];
  getIndexFromLoc(loc: { line: number; column: number }): number;
}

/** The characters where a SourceCode's lines and the editor's can part. */
const DISPUTED_LINE_BREAK = /[\r\u2028\u2029]/;

/**
 * Lint messages with their lines and columns counted the way the editor counts them: LSP ends a line at `\n`,
 * `\r\n` and `\r`. ESLint's JavaScript also ends one at U+2028 and U+2029 (legal in strings and comments); the
 * Java and Go languages end one at `\n` only, so not at a lone `\r`. Either would otherwise put every later
 * finding on the wrong line.
 */
export function inEditorLines(messages: Linter.LintMessage[], sourceCode: LinedSource): Linter.LintMessage[] {
  const text = sourceCode.text;
  if (messages.length === 0 || !DISPUTED_LINE_BREAK.test(text)) return messages;
  const starts = editorLineStarts(text);
  // One way of counting always holds every break of the other, so the same count means the same lines.
  if (sourceCode.lines.length === starts.length) return messages;
  const convert = (line: number, column: number): { line: number; column: number } => {
    const offset = sourceCode.getIndexFromLoc({ line, column: column - 1 });
    const index = lineIndexOf(starts, offset);
    return { line: index + 1, column: offset - starts[index]! + 1 };
  };
  return messages.map((message) => {
    const start = convert(message.line, message.column);
    const end = message.endLine !== undefined && message.endColumn !== undefined ? convert(message.endLine, message.endColumn) : undefined;
    return { ...message, line: start.line, column: start.column, ...(end ? { endLine: end.line, endColumn: end.column } : {}) };
  });
}

/** Offsets where the editor's lines start. */
function editorLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13) starts.push(i + 1);
  }
  return starts;
}

/** The last line starting at or before `offset` (binary search). */
function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
