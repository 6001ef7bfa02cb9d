import type { TextRange } from '../sites';
import type { SourcePosition, SourceRange } from './types';

/** ESLint's line breaks: a position's line counts these, whatever the language. */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/g;
/** A break other than "\n" and "\r\n", after which a line starts somewhere other than after a "\n". */
const OTHER_BREAK = /\r(?!\n)|[\u2028\u2029]/;

/** Offsets of one text turned into lines (1-based) and columns (0-based, UTF-16 units), as ESLint counts them. */
export class TextPositions {
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    if (OTHER_BREAK.test(text)) {
      for (const match of text.matchAll(LINE_BREAK)) this.lineStarts.push(match.index + match[0].length);
      return;
    }
    // Every line starts after a "\n", as in nearly every file: found without a match object per line.
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.lineStarts.push(at + 1);
  }

  rangeOf(range: TextRange): SourceRange {
    return { start: this.positionOf(range[0]), end: this.positionOf(range[1]) };
  }

  positionOf(offset: number): SourcePosition {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { offset, line: low + 1, column: offset - this.lineStarts[low]! };
  }
}
