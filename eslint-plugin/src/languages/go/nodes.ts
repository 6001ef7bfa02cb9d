import type { Node } from 'web-tree-sitter';
import { NodesAroundWords, NodesByType, type NodeIndex } from '../tree-sitter/nodes-by-type';
import type { GoImports } from './imports';

/** Every node type the Go finder looks for across a whole file. */
const SEARCHED_TYPES = ['composite_literal', 'call_expression', 'var_spec', 'selector_expression', 'type_assertion_expression', 'assignment_statement'] as const;

export type GoNodes = NodeIndex<(typeof SEARCHED_TYPES)[number]>;

/**
 * The nodes of one Go file the finder reads. Every one it can match names net/http or net through the file's name
 * for the package (`http.Transport`, `net.Dialer`, `http.DefaultTransport`), so only the nodes around those names
 * are visited; a dot import writes the types bare, and then the whole tree is walked once.
 */
export function goNodes(root: Node, text: string, imports: GoImports): GoNodes {
  const names = [...imports.http, ...imports.net];
  if (imports.httpDot) return new NodesByType(root, SEARCHED_TYPES);
  return new NodesAroundWords(root, text, new RegExp(`\\b(?:${names.join('|')})\\b`, 'g'), SEARCHED_TYPES);
}
