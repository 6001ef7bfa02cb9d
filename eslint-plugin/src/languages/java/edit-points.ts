import type { Node } from 'web-tree-sitter';
import type { ChainInsertion, StrategyNames } from './site-model';
import { enclosingMethod, same } from './syntax';

/**
 * Where a suggestion's text goes, measured while the tree is there: before a chain's `.build()` (on its own line
 * when the chain puts each call on one), at the end of an expression, after a statement.
 */

/** The indentation of the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** Before `.call()`: right after its receiver, keeping the line break and indentation the chain uses before `.call`. */
export function beforeCall(text: string, call: Node): ChainInsertion {
  const receiver = call.childForFieldName('object')!;
  const dot = call.children.find((child) => child.type === '.' && child.startIndex >= receiver.endIndex);
  const gap = dot ? text.slice(receiver.endIndex, dot.startIndex) : '';
  const lead = /\n/.test(gap) ? gap.slice(gap.lastIndexOf('\n')).replace(/[^\n \t\r]/g, '') : '';
  return { at: receiver.endIndex, lead: lead.replace(/\r/g, ''), indent: indentAt(text, dot ? dot.startIndex : receiver.endIndex) };
}

/** After an expression (a builder kept in a variable before `build()`): on a new line when its last call has one. */
export function afterExpression(text: string, expression: Node): ChainInsertion {
  if (expression.type === 'method_invocation') {
    const last = beforeCall(text, expression);
    return { at: expression.endIndex, lead: last.lead, indent: last.indent };
  }
  return { at: expression.endIndex, lead: '', indent: indentAt(text, expression.startIndex) };
}

/** After the statement holding a node: the offset and the statement's indentation. */
export function afterStatement(text: string, statement: Node): { at: number; indent: string } {
  return { at: statement.endIndex, indent: indentAt(text, statement.startIndex) };
}

/**
 * Lambda parameter and local names that clash with no local or parameter in scope where the strategy is written
 * (Java forbids a lambda parameter shadowing one).
 */
export function strategyNames(at: Node, replaced?: Node): StrategyNames {
  const taken = namesInScope(at, replaced);
  const pick = (...candidates: string[]) => candidates.find((name) => !taken.has(name)) ?? `${candidates[0]}${taken.size}`;
  return {
    response: pick('response', 'keepAliveResponse', 'serverResponse'),
    context: pick('context', 'keepAliveContext', 'httpContext'),
    server: pick('server', 'serverKeepAlive', 'hinted'),
    serverMs: pick('serverMs', 'serverKeepAliveMs', 'hintedMs'),
  };
}

function namesInScope(node: Node, replaced: Node | undefined): Set<string> {
  const names = new Set<string>();
  // Names declared in the code the suggestion replaces go away with it.
  const kept = (declared: Node) => !replaced || declared.endIndex <= replaced.startIndex || declared.startIndex >= replaced.endIndex;
  const method = enclosingMethod(node);
  const region = method ?? node.parent;
  if (!region) return names;
  for (const declared of region.descendantsOfType(['variable_declarator', 'formal_parameter', 'catch_formal_parameter', 'resource', 'enhanced_for_statement'])) {
    const name = declared.childForFieldName('name');
    if (name && kept(declared)) names.add(name.text);
  }
  for (const lambda of region.descendantsOfType('lambda_expression')) {
    if (!kept(lambda)) continue;
    const parameters = lambda.childForFieldName('parameters');
    if (parameters?.type === 'identifier') names.add(parameters.text);
    else for (const id of parameters?.descendantsOfType('identifier') ?? []) if (!same(id.parent?.childForFieldName('type'), id)) names.add(id.text);
  }
  return names;
}
