import type { Node } from 'web-tree-sitter';
import type { TextRange } from '../../sites';
import type { Creation } from './objects';
import { endOfLine, lineIndent } from './imports';
import { enclosingStatement, rangeOf } from './syntax';

/**
 * Where a suggestion can write a field of a value, as plain offsets (the tree is gone by the time an editor asks):
 * in the literal, as an assignment after the statements that set its fields, or in place of a value written.
 */
export interface FieldTarget {
  readonly literal: LiteralShape | null;
  /** `name.Field = value` goes on a new line at `at` (the end of the last statement that sets the value up), indented so. */
  readonly assignment: { readonly name: string; readonly at: number; readonly indent: string } | null;
  /** The code sets this value's fields by assignments: a new one is written the same way. */
  readonly assignsFields: boolean;
}

/** A composite literal's body: its braces and keyed elements, with the lines they sit on. */
export interface LiteralShape {
  readonly body: TextRange;
  readonly openLine: number;
  readonly closeLine: number;
  /** Positional (unkeyed) elements make a keyed one impossible to add. */
  readonly positional: boolean;
  readonly elements: readonly ElementShape[];
}

export interface ElementShape {
  readonly key: string;
  readonly range: TextRange;
  /** Offset just after the key's colon, and where the value starts (the gap between is gofmt's alignment). */
  readonly colonEnd: number;
  readonly valueStart: number;
  readonly startLine: number;
  readonly endLine: number;
}

export function literalShape(literal: Node): LiteralShape | null {
  const body = literal.childForFieldName('body');
  if (!body) return null;
  const elements: ElementShape[] = [];
  let positional = false;
  for (const element of body.namedChildren) {
    if (element.type === 'comment') continue;
    if (element.type !== 'keyed_element') {
      positional = true;
      continue;
    }
    const key = element.childForFieldName('key');
    const value = element.childForFieldName('value');
    const colon = element.children.find((child) => child.type === ':');
    if (!key || !value || !colon) continue;
    elements.push({
      key: key.text,
      range: rangeOf(element),
      colonEnd: colon.endIndex,
      valueStart: value.startIndex,
      startLine: element.startPosition.row,
      endLine: element.endPosition.row,
    });
  }
  return { body: rangeOf(body), openLine: body.startPosition.row, closeLine: body.endPosition.row, positional, elements };
}

/**
 * How a suggestion reaches the fields of a creation. An assignment is possible only for a local variable, after the
 * statement that builds it or the last statement of the same block that sets one of its fields.
 */
export function fieldTarget(creation: Creation, text: string): FieldTarget {
  const literal = creation.literal ? literalShape(creation.literal) : null;
  const binding = creation.binding;
  if (!binding || binding.declaration.parent?.type !== 'statement_list') return { literal, assignment: null, assignsFields: false };
  let last = binding.declaration;
  let assignsFields = false;
  for (const use of binding.uses) {
    if (use.kind !== 'write' || !use.sure) continue;
    assignsFields = true;
    if (use.statement.endIndex > last.endIndex) last = use.statement;
  }
  return { literal, assignment: { name: binding.name, at: endOfLine(text, last.endIndex), indent: lineIndent(text, binding.declaration.startIndex) }, assignsFields };
}

/** Where statements can go before the one that holds `node` (inside a function), with its indentation. */
export function statementBefore(node: Node, text: string): { readonly at: number; readonly indent: string } | null {
  const statement = enclosingStatement(node);
  if (!statement) return null;
  const lineStart = text.lastIndexOf('\n', statement.startIndex - 1) + 1;
  const indent = lineIndent(text, statement.startIndex);
  return text.slice(lineStart, statement.startIndex) === indent ? { at: lineStart, indent } : null;
}
