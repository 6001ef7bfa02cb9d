/** The text a node covers. */
export function textOf(text: string, node: { readonly range: readonly [number, number] }): string {
  return text.slice(node.range[0], node.range[1]);
}
