import type { Point } from 'web-tree-sitter';

/** A change from one text to another, as `Tree#edit` takes it: offsets and rows/columns in UTF-16 units. */
export interface TextEdit {
  readonly startIndex: number;
  readonly oldEndIndex: number;
  readonly newEndIndex: number;
  readonly startPosition: Point;
  readonly oldEndPosition: Point;
  readonly newEndPosition: Point;
}

/**
 * The one span where two texts differ: everything before it and after it is the same. Several edits made
 * between two parses (a burst of keystrokes, a quick fix touching two places) become one span that covers
 * them all, so the tree moved by it is right for the new text whatever happened in between; tree-sitter
 * then re-reads that span and the nodes around it.
 */
export function editBetween(before: string, after: string): TextEdit {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let common = 0;
  while (common < shorter - start && before.charCodeAt(before.length - 1 - common) === after.charCodeAt(after.length - 1 - common)) common++;
  const startPosition = pointAt(before, start);
  return {
    startIndex: start,
    oldEndIndex: before.length - common,
    newEndIndex: after.length - common,
    startPosition,
    oldEndPosition: pointAfter(before, start, startPosition, before.length - common),
    newEndPosition: pointAfter(after, start, startPosition, after.length - common),
  };
}

/** Row and column of an offset: rows end at "\n", as tree-sitter counts them. */
function pointAt(text: string, offset: number): Point {
  return pointAfter(text, 0, { row: 0, column: 0 }, offset);
}

/** Row and column of `offset`, counted on from a known point at `from` (≤ offset) of the same text. */
function pointAfter(text: string, from: number, point: Point, offset: number): Point {
  let row = point.row;
  let lineStart = from - point.column;
  for (let newline = text.indexOf('\n', from); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
    row++;
    lineStart = newline + 1;
  }
  return { row, column: offset - lineStart };
}
