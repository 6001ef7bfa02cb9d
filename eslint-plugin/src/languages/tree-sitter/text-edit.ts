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
  const start = sameFromStart(before, after, shorter);
  const common = sameFromEnd(before, after, shorter - start);
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

// Equal texts are compared a block at a time (one native comparison each), then by smaller blocks, then by
// character: a character at a time, a 2 000-line file took longer to compare than to re-parse.
const BLOCKS = [4096, 256, 16, 1];

/** How many characters the two texts share from their start (at most `limit`). */
function sameFromStart(a: string, b: string, limit: number): number {
  let same = 0;
  for (const size of BLOCKS) {
    while (same + size <= limit && a.slice(same, same + size) === b.slice(same, same + size)) same += size;
  }
  return same;
}

/** How many characters the two texts share at their end (at most `limit`). */
function sameFromEnd(a: string, b: string, limit: number): number {
  let same = 0;
  for (const size of BLOCKS) {
    while (same + size <= limit && a.slice(a.length - same - size, a.length - same) === b.slice(b.length - same - size, b.length - same)) same += size;
  }
  return same;
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
