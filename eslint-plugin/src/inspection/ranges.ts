import type { TextRange } from '../sites';
import { lineIndexOf, startsAfterNewlines } from '../sites/line-starts';
import type { SourcePosition, SourceRange } from './types';

/** ESLint's line breaks: a position's line counts these, whatever the language. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
/** A break other than "\n" and "\r\n", after which a line starts somewhere other than after a "\n". */
const OTHER_BREAK = /\r(?!\n)|[\u2028\u2029]/;

/** Offsets of one text turned into lines (1-based) and columns (0-based, UTF-16 units), as ESLint counts them. */
export class TextPositions {
  private readonly lineStarts: readonly number[];

  constructor(text: string) {
    // Nearly every file breaks lines with "\n" or "\r\n" only: then every line starts after a "\n".
    this.lineStarts = OTHER_BREAK.test(text) ? [0, ...Array.from(text.matchAll(LINE_BREAK), (match) => match.index + match[0].length)] : startsAfterNewlines(text);
  }

  rangeOf(range: TextRange): SourceRange {
    return { start: this.positionOf(range[0]), end: this.positionOf(range[1]) };
  }

  positionOf(offset: number): SourcePosition {
    const line = lineIndexOf(this.lineStarts, offset);
    return { offset, line: line + 1, column: offset - this.lineStarts[line]! };
  }
}
