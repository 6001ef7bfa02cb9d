import type { SourceLocation, SourceRange } from '@eslint/core';
import type { Node } from 'web-tree-sitter';
import { nodeLoc, nodeRange } from './positions';

/** A comment in the shape ESLint's directive handling expects (as ESTree comments). */
export interface Comment {
  readonly type: 'Line' | 'Block';
  /** The text between `//` and the line end, or between `/*` and `*\/`. */
  readonly value: string;
  readonly range: SourceRange;
  readonly loc: SourceLocation;
}

/** A tree-sitter query that captures every comment of a grammar, given its comment node types. */
export function commentQuery(commentTypes: readonly string[]): string {
  return commentTypes.map((type) => `(${type}) @comment`).join('\n');
}

export function toComment(node: Node): Comment {
  const text = node.text;
  const block = text.startsWith('/*');
  const end = block && text.length >= 4 && text.endsWith('*/') ? text.length - 2 : text.length;
  return { type: block ? 'Block' : 'Line', value: text.slice(2, end), range: nodeRange(node), loc: nodeLoc(node) };
}
