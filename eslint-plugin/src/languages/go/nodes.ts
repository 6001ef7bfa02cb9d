import type { Node } from 'web-tree-sitter';
import { NodesByType } from '../tree-sitter/nodes-by-type';

/** Every node type the Go finder looks for across a whole file. */
const SEARCHED_TYPES = ['composite_literal', 'call_expression', 'var_spec', 'selector_expression', 'type_assertion_expression', 'assignment_statement'] as const;

export type GoNodes = NodesByType<(typeof SEARCHED_TYPES)[number]>;

/** The nodes of one Go file the finder reads, from a single walk of its tree. */
export function goNodes(root: Node): GoNodes {
  return new NodesByType(root, SEARCHED_TYPES);
}
