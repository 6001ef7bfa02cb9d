import type { TextEdit, TextRange } from '../../sites';
import { endOfLine, lineIndent } from './imports';
import type { ElementShape, FieldTarget, LiteralShape } from './shapes';

/**
 * Sets a field of a value the code builds, the way the code already sets its fields: an assignment after the ones it
 * has, or a keyed element in its literal (aligned as gofmt aligns it), or an assignment after the declaration.
 */
export function setField(target: FieldTarget, field: string, valueText: string, text: string): TextEdit[] | null {
  if (target.assignment && (target.assignsFields || !target.literal)) return [assignmentEdit(target.assignment, field, valueText)];
  if (target.literal) return addElement(target.literal, field, valueText, text);
  return null;
}

/** Replaces a field's written values (in the literal, or every assignment of it). */
export function replaceValues(ranges: readonly TextRange[], valueText: string): TextEdit[] {
  return ranges.map((range) => ({ range, text: valueText }));
}

export function assignmentEdit(assignment: NonNullable<FieldTarget['assignment']>, field: string, valueText: string): TextEdit {
  return { range: [assignment.at, assignment.at], text: `\n${assignment.indent}${assignment.name}.${field} = ${valueText}` };
}

/**
 * Adds `Field: value` to a literal. One line: after the last element. One element per line: a new line after the
 * last, and where gofmt aligns the values of the last run of single-line elements, the new key joins the run (every
 * value of the run moves when the new key is the longest).
 */
export function addElement(shape: LiteralShape, key: string, valueText: string, text: string): TextEdit[] | null {
  if (shape.positional) return null;
  const [open, close] = shape.body;
  const last = shape.elements.at(-1);
  if (!last) {
    // `{}`, or braces holding only comments and spaces: an element inside the braces on one line.
    return text.slice(open + 1, close - 1).trim() === '' ? [{ range: [open, close], text: `{${key}: ${valueText}}` }] : null;
  }
  if (shape.openLine === shape.closeLine || last.endLine === shape.closeLine) return [{ range: [last.range[1], last.range[1]], text: `, ${key}: ${valueText}` }];
  const lineEnd = endOfLine(text, last.range[1]);
  if (!/^\s*,/.test(text.slice(last.range[1], lineEnd))) return null;
  const indent = lineIndent(text, last.range[0]);
  const run = alignedRun(shape.elements, text);
  const width = Math.max(key.length, ...run.map((element) => element.key.length));
  const edits: TextEdit[] = [];
  for (const element of run) {
    const padding = ' '.repeat(width - element.key.length + 1);
    if (text.slice(element.colonEnd, element.valueStart) !== padding) edits.push({ range: [element.colonEnd, element.valueStart], text: padding });
  }
  const padding = run.length > 0 ? ' '.repeat(width - key.length + 1) : ' ';
  edits.push({ range: [lineEnd, lineEnd], text: `\n${indent}${key}:${padding}${valueText},` });
  return edits;
}

/**
 * The run of elements ending with the last one that gofmt aligns: single-line elements on consecutive lines, each on
 * its own line. Empty when the last element spans lines or the run's values are not aligned (not gofmt's layout).
 */
function alignedRun(elements: readonly ElementShape[], text: string): ElementShape[] {
  const run: ElementShape[] = [];
  for (let index = elements.length - 1; index >= 0; index--) {
    const element = elements[index]!;
    const next = run[0];
    if (element.startLine !== element.endLine) break;
    if (next && element.endLine + 1 !== next.startLine) break;
    const previous = elements[index - 1];
    if (previous && previous.endLine === element.startLine) break;
    run.unshift(element);
  }
  if (run.length === 0) return [];
  const width = Math.max(...run.map((element) => element.key.length));
  const aligned = run.every((element) => {
    const gap = text.slice(element.colonEnd, element.valueStart);
    return /^ +$/.test(gap) && gap.length === width - element.key.length + 1;
  });
  return aligned ? run : [];
}
