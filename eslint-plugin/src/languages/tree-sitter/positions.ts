import type { SourceLocation, SourceRange } from '@eslint/core';
import type { Node } from 'web-tree-sitter';

// Tree-sitter positions need no conversion: the parser reads a JS string as UTF-16, so its indexes and
// columns count the same units as `text.slice()`, rows are 0-based and end at "\n" (a "\r" before it stays
// on its line), as the languages declare (`lineStart: 1`, `columnStart: 0`).

/** `[start, end)` offsets of a node in the text. */
export function nodeRange(node: Node): SourceRange {
  return [node.startIndex, node.endIndex];
}

/** ESLint's location of a node: lines from 1, columns from 0. */
export function nodeLoc(node: Node): SourceLocation {
  const { startPosition: start, endPosition: end } = node;
  return { start: { line: start.row + 1, column: start.column }, end: { line: end.row + 1, column: end.column } };
}

/** Whether a value is a tree-sitter node (rather than a comment object or an ESTree-like node). */
export function isTreeSitterNode(value: object): value is Node {
  return 'startIndex' in value && 'tree' in value;
}
