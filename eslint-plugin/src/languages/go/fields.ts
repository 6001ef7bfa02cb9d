import type { Node } from 'web-tree-sitter';
import type { StaticValue, TextRange } from '../../sites';
import type { Creation } from './objects';
import { rangeOf } from './syntax';
import { staticValue, type ValueScope } from './values';

/** One place a field gets its value: a keyed element of the literal, or an assignment to the variable's field. */
export interface FieldWrite {
  readonly via: 'option' | 'assignment';
  /** The keyed element, or the assignment statement. */
  readonly range: TextRange;
  readonly valueRange: TextRange;
  readonly text: string;
  readonly value: StaticValue;
  readonly valueNode: Node;
}

export type FieldState =
  /** Nothing sets it: Go's zero value, unless the value escapes (then the caller decides `unknown`). */
  | { readonly kind: 'unset' }
  /** Set, and every later assignment that surely runs agrees: `final` is what holds. */
  | { readonly kind: 'set'; readonly final: FieldWrite; readonly assignments: readonly FieldWrite[] }
  /** An assignment that may or may not run (in an `if`, a loop, a closure), or assignments that disagree. */
  | { readonly kind: 'unknown' };

/** The keyed elements of a composite literal by field name: `{ IdleConnTimeout: d }` → `IdleConnTimeout` → its element. */
export function literalElements(literal: Node | null): Map<string, { element: Node; value: Node }> {
  const elements = new Map<string, { element: Node; value: Node }>();
  const body = literal?.childForFieldName('body');
  if (!body) return elements;
  for (const element of body.namedChildren) {
    if (element.type !== 'keyed_element') continue;
    const key = unwrap(element.childForFieldName('key'));
    const value = unwrap(element.childForFieldName('value'));
    if (key?.type === 'identifier' && value) elements.set(key.text, { element, value });
  }
  return elements;
}

function unwrap(node: Node | null): Node | null {
  return node?.type === 'literal_element' ? node.namedChild(0) : node;
}

export function fieldState(creation: Creation, field: string, scope: ValueScope, text: string): FieldState {
  const inLiteral = literalElements(creation.literal).get(field);
  const writes = creation.binding?.uses.filter((use) => use.kind === 'write' && use.field === field) ?? [];
  const assignments: FieldWrite[] = [];
  for (const use of writes) {
    if (use.kind !== 'write' || !use.sure || !use.value) return { kind: 'unknown' };
    assignments.push(write('assignment', use.statement, use.value, scope, text));
  }
  if (assignments.length > 0) {
    const final = assignments.at(-1)!;
    const agree = assignments.every((each) => each.value.known && final.value.known && each.value.value === final.value.value);
    return agree ? { kind: 'set', final, assignments } : { kind: 'unknown' };
  }
  if (inLiteral) return { kind: 'set', final: write('option', inLiteral.element, inLiteral.value, scope, text), assignments: [] };
  return { kind: 'unset' };
}

export function write(via: FieldWrite['via'], whole: Node, value: Node, scope: ValueScope, text: string): FieldWrite {
  return { via, range: rangeOf(whole), valueRange: rangeOf(value), text: text.slice(value.startIndex, value.endIndex), value: staticValue(value, scope), valueNode: value };
}
