import type { Node } from 'web-tree-sitter';

/** A parse failure as ESLint prints it: "Parsing error: <message>" at a 1-based line and column. */
export interface FatalSyntaxError {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Tree-sitter always returns a tree: around code it cannot read it puts a local ERROR or MISSING node
 * and goes on, so one unknown construct (say Go 1.26's `new(expr)`) leaves the rest of the file intact
 * and worth checking. Only a file where nothing at all parsed — every top-level child is an error —
 * is a fatal parsing error; its first error gives the position.
 */
export function fatalSyntaxError(root: Node, languageName: string, commentTypes: readonly string[]): FatalSyntaxError | undefined {
  if (!root.hasError) return undefined;
  const parsedSomething = root.namedChildren.some(
    (child) => child !== null && !child.isError && !child.isMissing && !commentTypes.includes(child.type),
  );
  if (root.type !== 'ERROR' && parsedSomething) return undefined;
  const error = firstError(root) ?? root;
  const found = error.isMissing ? `missing ${error.type}` : `unexpected ${JSON.stringify(abbreviate(error.text))}`;
  return {
    message: `nothing in this file parses as ${languageName} (${found})`,
    line: error.startPosition.row + 1,
    column: error.startPosition.column + 1,
  };
}

/** The first ERROR or MISSING node in document order. */
function firstError(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  for (const child of node.children) {
    if (child?.hasError || child?.isMissing) {
      const found = firstError(child);
      if (found) return found;
    }
  }
  return undefined;
}

function abbreviate(text: string): string {
  const firstLine = text.split('\n', 1)[0] ?? '';
  return firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
}
