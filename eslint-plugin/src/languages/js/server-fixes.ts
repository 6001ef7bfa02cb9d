import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Scope } from '@typescript-eslint/utils/ts-eslint';
import type { TimeoutWrite } from '../../sites';
import type { JsServerSite } from './server-sites';
import { insertProperty } from './option-fixes';

/** How a suggestion sets a server's timeouts. */
export interface TimeoutEditPlan {
  /** The variable a dropped server is kept in (`const server = app.listen(3000)`), when the plan adds one. */
  readonly bindAs: string | null;
  readonly fix: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[];
}

type Edit = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

const BIND_NAMES = ['server', 'httpServer'];
const BINDABLE_PARENTS = new Set(['Program', 'BlockStatement', 'StaticBlock', 'TSModuleBlock']);

/**
 * Edits keeping the user's code shape: an assignment the code already makes gets the new value; an option the
 * framework reads gets set; otherwise `server.keepAliveTimeout = …;` follows the statement that creates the server.
 * `null` when that cannot be done without guessing (no name for the server, options that cannot be seen).
 */
export function planTimeoutEdits(sourceCode: Readonly<TSESLint.SourceCode>, site: JsServerSite, writes: readonly TimeoutWrite[]): TimeoutEditPlan | null {
  const edits: Edit[] = [];
  const lines: string[] = [];
  for (const write of writes) {
    const setting = site.settings[write.concept];
    if (setting.source === 'explicit' && setting.via === 'assignment') {
      edits.push((fixer) => setting.nodes.map((assignment) => fixer.replaceText(assignment.right, write.valueText)));
    } else if (setting.source === 'explicit' && setting.via === 'option' && write.optionHonoured && !setting.elsewhere) {
      edits.push((fixer) => fixer.replaceText(setting.valueNode, write.valueText));
    } else if (setting.source !== 'explicit' && site.framework.optionFor[write.concept]) {
      const edit = optionEdit(sourceCode, site, `${site.framework.optionFor[write.concept]}: ${write.valueText}`);
      if (!edit) return null;
      edits.push(edit);
    } else {
      // Also for an option written in another module: the assignment runs after it and wins.
      lines.push(`${write.property} = ${write.valueText}`);
    }
  }
  if (lines.length === 0) return { bindAs: null, fix: (fixer) => edits.flatMap((edit) => edit(fixer)) };
  const { handleText, reach } = site;
  if (handleText && reach.statement) {
    const statement = reach.statement;
    edits.push((fixer) => insertAfter(fixer, sourceCode, statement, lines.map((line) => `${handleText}.${line}`)));
    return { bindAs: null, fix: (fixer) => edits.flatMap((edit) => edit(fixer)) };
  }
  const unbound = reach.unboundStatement;
  if (!unbound || site.framework.handle.kind === 'property' || !BINDABLE_PARENTS.has(unbound.parent?.type ?? '')) return null;
  const name = BIND_NAMES.find((candidate) => isFreeName(sourceCode.getScope(unbound) as Scope.Scope, candidate));
  if (!name) return null;
  edits.push((fixer) => [
    fixer.insertTextBefore(unbound, `const ${name} = `),
    insertAfter(fixer, sourceCode, unbound, lines.map((line) => `${name}.${line}`)),
  ]);
  return { bindAs: name, fix: (fixer) => edits.flatMap((edit) => edit(fixer)) };
}

/** Sets a framework option (`fastify({ keepAliveTimeout })`): in the options literal, or as a new options argument. */
function optionEdit(sourceCode: Readonly<TSESLint.SourceCode>, site: JsServerSite, property: string): Edit | null {
  const options = site.argument;
  if (options.state === 'object') {
    const literal = options.shape.literal;
    return literal ? (fixer) => insertProperty(fixer, sourceCode, literal, property) : null;
  }
  const node = site.construction;
  if (options.state !== 'missing' || node.arguments.length !== 0) return null;
  const closing = sourceCode.getLastToken(node);
  if (closing?.value !== ')') return null;
  return (fixer) => fixer.insertTextBefore(closing, `{ ${property} }`);
}

/** New statements after `statement`: on lines of their own when it starts its line, else on the same line. */
function insertAfter(fixer: TSESLint.RuleFixer, sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node, lines: readonly string[]): TSESLint.RuleFix {
  const text = sourceCode.text;
  const semicolon = sourceCode.getText(statement).endsWith(';') ? ';' : '';
  const lineStart = text.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const indent = text.slice(lineStart, statement.range[0]);
  if (!/^[ \t]*$/.test(indent)) {
    return fixer.insertTextAfterRange([statement.range[1], statement.range[1]], lines.map((line) => ` ${line}${semicolon}`).join(''));
  }
  // After a comment that ends the statement's line, so the comment stays with its statement.
  const trailing = sourceCode.getCommentsAfter(statement).filter((comment) => comment.loc.start.line === statement.loc.end.line).at(-1);
  const end = trailing?.range[1] ?? statement.range[1];
  return fixer.insertTextAfterRange([end, end], lines.map((line) => `\n${indent}${line}${semicolon}`).join(''));
}

/** No variable or reference by that name in the scope or any scope inside it: declaring it changes nothing else. */
function isFreeName(scope: Scope.Scope, name: string): boolean {
  const pending = [scope];
  while (pending.length > 0) {
    const current = pending.pop()!;
    if (current.set.has(name) || current.references.some((reference) => reference.identifier.name === name)) return false;
    pending.push(...current.childScopes);
  }
  return true;
}
