import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { JsClientSite } from './client-sites';

/**
 * Text edits that set one option of a construction, keeping the user's comments, quotes and trailing-comma
 * style: replace an existing value, add a property to the options literal, or add an options argument. A value
 * written in another module is never edited there: a property added after the spread that brings it in overrides
 * it, when the construction's own literal holds that spread.
 */
export function setOption(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  site: JsClientSite,
  option: string,
  valueText: string,
): TSESLint.RuleFix | TSESLint.RuleFix[] | null {
  const setting = Object.values(site.settings).find((s) => s.source === 'explicit' && s.option === option);
  const insertion = site.insertion;
  if (setting?.source === 'explicit') {
    if (!setting.elsewhere) return fixer.replaceText(setting.valueNode, valueText);
    const overrides = !site.throughSubclass && insertion?.kind === 'literal' && setting.anchor !== null && within(setting.anchor, insertion.literal);
    return overrides ? insertProperty(fixer, sourceCode, insertion.literal, `${option}: ${valueText}`) : null;
  }
  const property = `${option}: ${valueText}`;
  if (insertion?.kind === 'literal') return insertProperty(fixer, sourceCode, insertion.literal, property);
  if (insertion?.kind === 'argument') return addOptionsArgument(fixer, sourceCode, site, insertion.index, property);
  return null;
}

function within(node: TSESTree.Node, outer: TSESTree.Node): boolean {
  return outer.range[0] <= node.range[0] && node.range[1] <= outer.range[1];
}

export function insertProperty(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  literal: TSESTree.ObjectExpression,
  property: string,
): TSESLint.RuleFix | TSESLint.RuleFix[] {
  const last = literal.properties.at(-1);
  const closing = sourceCode.getLastToken(literal)!;
  if (!last) {
    const opening = sourceCode.getFirstToken(literal)!;
    const inner = sourceCode.text.slice(opening.range[1], closing.range[0]);
    return inner.trim() === '' ? fixer.replaceTextRange([opening.range[1], closing.range[0]], ` ${property} `) : fixer.insertTextBefore(closing, ` ${property} `);
  }
  const afterLast = sourceCode.getTokenAfter(last)!;
  const hasTrailingComma = afterLast.value === ',' && afterLast !== closing;
  const multiline = last.loc.start.line !== literal.loc.start.line && closing.loc.start.line !== last.loc.end.line;
  if (!multiline) {
    return hasTrailingComma ? fixer.insertTextAfter(afterLast, ` ${property},`) : fixer.insertTextAfter(last, `, ${property}`);
  }
  // One property per line: the new one goes on its own line, after any comment that ends the last line.
  const anchor = hasTrailingComma ? afterLast : last;
  const lineComment = sourceCode.getCommentsAfter(anchor).filter((c) => c.loc.start.line === anchor.loc.end.line).at(-1);
  const lineEnd = lineComment?.range[1] ?? anchor.range[1];
  const indent = ' '.repeat(last.loc.start.column);
  const added = fixer.insertTextAfterRange([lineEnd, lineEnd], `\n${indent}${property}${hasTrailingComma ? ',' : ''}`);
  return hasTrailingComma ? added : [fixer.insertTextAfter(last, ','), added];
}

function addOptionsArgument(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  site: JsClientSite,
  index: number,
  property: string,
): TSESLint.RuleFix | null {
  const args = site.node.arguments;
  const object = `{ ${property} }`;
  if (args.length !== index) return null;
  if (index === 0) {
    const closing = sourceCode.getLastToken(site.node)!;
    if (closing.value !== ')') return site.node.type === 'NewExpression' ? fixer.insertTextAfter(site.node, `(${object})`) : null; // `new Agent` without parentheses
    return fixer.insertTextBefore(closing, object);
  }
  return fixer.insertTextAfter(args[index - 1]!, `, ${object}`);
}
