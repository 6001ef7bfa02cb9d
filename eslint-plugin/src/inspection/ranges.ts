import type { SourcePosition, SourceRange } from './types';

interface Located {
  readonly range: readonly [number, number];
  readonly loc: { readonly start: { line: number; column: number }; readonly end: { line: number; column: number } };
}

/** A node's range as plain data. */
export function rangeOf(node: Located): SourceRange {
  return {
    start: position(node.range[0], node.loc.start),
    end: position(node.range[1], node.loc.end),
  };
}

function position(offset: number, at: { line: number; column: number }): SourcePosition {
  return { offset, line: at.line, column: at.column };
}
