import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { JsClientSite } from './client-sites';

/**
 * Text edits that set one option of a construction, keeping the user's comments, quotes and trailing-comma
 * style: replace an existing value, add a property to the options literal, or add an options argument.
 */
export function setOption(
  fixer: TSESLint.RuleFixer,
  sourceCode: Readonly<TSESLint.SourceCode>,
  site: JsClientSite,
  option: string,
  valueText: string,
): TSESLint.RuleFix | TSESLint.RuleFix[] | null {
  const setting = Object.values(site.settings).find((s) => s.source === 'explicit' && s.option === option);
  if (setting?.source === 'explicit') return fixer.replaceText(setting.valueNode, valueText);
  const property = `${option}: ${valueText}`;
  if (site.argument.state === 'object') {
    const literal = site.argument.shape.literal;
    return literal ? insertProperty(fixer, sourceCode, literal, property) : null;
  }
  if (site.argument.state === 'missing') return addOptionsArgument(fixer, sourceCode, site, property);
  return null;
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
  property: string,
): TSESLint.RuleFix | null {
  const args = site.node.arguments;
  const index = site.constructor.optionsIndex;
  const object = `{ ${property} }`;
  if (args.length === index) {
    if (index === 0) {
      const closing = sourceCode.getLastToken(site.node)!;
      if (closing.value !== ')') return fixer.insertTextAfter(site.node, `(${object})`); // `new Agent` without parentheses
      return fixer.insertTextBefore(closing, object);
    }
    return fixer.insertTextAfter(args[index - 1]!, `, ${object}`);
  }
  // A string in the options position (`new ProxyAgent('http://proxy')`) is the shorthand for `{ uri }`.
  return null;
}
