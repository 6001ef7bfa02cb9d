import type { TSESLint } from '@typescript-eslint/utils';
import type { TextEdit } from '../../sites';

type Ranged = { readonly range: readonly [number, number] };

/**
 * ESLint's rule fixer outside a rule: the same methods, each answering the text edit it stands for. The JavaScript
 * suggestion code is written against the fixer and turns into plain edits here, which the findings carry to every face.
 */
export const textFixer = {
  insertTextAfter: (node: Ranged, text: string) => edit([node.range[1], node.range[1]], text),
  insertTextAfterRange: (range: readonly [number, number], text: string) => edit([range[1], range[1]], text),
  insertTextBefore: (node: Ranged, text: string) => edit([node.range[0], node.range[0]], text),
  insertTextBeforeRange: (range: readonly [number, number], text: string) => edit([range[0], range[0]], text),
  remove: (node: Ranged) => edit(node.range, ''),
  removeRange: (range: readonly [number, number]) => edit(range, ''),
  replaceText: (node: Ranged, text: string) => edit(node.range, text),
  replaceTextRange: (range: readonly [number, number], text: string) => edit(range, text),
} as unknown as TSESLint.RuleFixer;

function edit(range: readonly [number, number], text: string): TSESLint.RuleFix {
  return { range: [range[0], range[1]], text };
}

/** What a fix function answered, as a list of edits (`null`: no edit can be made). */
export function toEdits(fix: TSESLint.RuleFix | readonly TSESLint.RuleFix[] | null): TextEdit[] | null {
  if (fix === null) return null;
  const fixes = Array.isArray(fix) ? fix : [fix as TSESLint.RuleFix];
  return fixes.map((one) => ({ range: one.range, text: one.text }));
}
