import type { Node } from 'web-tree-sitter';
import type { StaticValue } from '../../sites';
import { bindingOf } from './names';
import { listItems, operatorOf, stringValue } from './syntax';

/**
 * Static values of Go expressions: numbers (a `time.Duration` in nanoseconds, as Go counts it), strings and
 * booleans. Folds literals, `time` units, `+ - * / %` and shifts, unary minus, conversions (`time.Duration(n)`,
 * `float64(x)`), constants (typed or untyped, local or package-level), local variables nothing reassigns, and
 * `time.ParseDuration` of a literal. A parameter, a struct field, a package-level variable, another package's
 * constant or any other call is unknown, and unknown is never reported.
 */

/** Nanoseconds per `time` unit. */
const DURATION_UNITS: Readonly<Record<string, number>> = {
  Nanosecond: 1,
  Microsecond: 1e3,
  Millisecond: 1e6,
  Second: 1e9,
  Minute: 60e9,
  Hour: 3600e9,
};

/** Conversions that keep the value (integer types truncate a constant float, which Go would reject anyway). */
const NUMERIC_CONVERSIONS: ReadonlySet<string> = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'float32', 'float64', 'uintptr']);

const UNKNOWN: StaticValue = { known: false };
const MAX_DEPTH = 20;

export interface ValueScope {
  /** The name `time` goes by in the file, or null. */
  readonly time: string | null;
}

export function staticValue(node: Node, scope: ValueScope): StaticValue {
  const value = fold(node, scope, 0, 0);
  return value === undefined ? UNKNOWN : { known: true, value };
}

type Folded = number | string | boolean | null | undefined;

function fold(node: Node, scope: ValueScope, depth: number, resultIndex: number): Folded {
  if (depth > MAX_DEPTH) return undefined;
  switch (node.type) {
    case 'int_literal':
      return intLiteral(node.text);
    case 'float_literal': {
      const value = Number(node.text.replace(/_/g, ''));
      return Number.isFinite(value) ? value : undefined;
    }
    case 'interpreted_string_literal':
    case 'raw_string_literal':
      return stringValue(node);
    case 'true':
      return true;
    case 'false':
      return false;
    case 'nil':
      return null;
    case 'parenthesized_expression':
      return node.namedChildCount === 1 ? fold(node.namedChild(0)!, scope, depth + 1, 0) : undefined;
    case 'unary_expression':
      return unary(node, scope, depth);
    case 'binary_expression':
      return binary(node, scope, depth);
    case 'selector_expression':
      return durationUnit(node, scope);
    case 'identifier':
      return identifier(node, scope, depth);
    case 'call_expression':
      return call(node, scope, depth, resultIndex);
    default:
      return undefined;
  }
}

function intLiteral(text: string): number | undefined {
  const digits = text.replace(/_/g, '').toLowerCase();
  let value: number;
  if (/^0x[0-9a-f]+$/.test(digits)) value = parseInt(digits.slice(2), 16);
  else if (/^0b[01]+$/.test(digits)) value = parseInt(digits.slice(2), 2);
  else if (/^0o?[0-7]+$/.test(digits)) value = parseInt(digits.replace(/^0o?/, ''), 8);
  else if (/^\d+$/.test(digits)) value = Number(digits);
  else return undefined;
  return Number.isSafeInteger(value) ? value : undefined;
}

function unary(node: Node, scope: ValueScope, depth: number): Folded {
  const operand = node.childForFieldName('operand');
  if (!operand) return undefined;
  const value = fold(operand, scope, depth + 1, 0);
  switch (operatorOf(node)) {
    case '-':
      return typeof value === 'number' ? -value : undefined;
    case '+':
      return typeof value === 'number' ? value : undefined;
    case '!':
      return typeof value === 'boolean' ? !value : undefined;
    default:
      return undefined;
  }
}

function binary(node: Node, scope: ValueScope, depth: number): Folded {
  const left = fold(node.childForFieldName('left')!, scope, depth + 1, 0);
  const right = fold(node.childForFieldName('right')!, scope, depth + 1, 0);
  const operator = operatorOf(node);
  if (typeof left === 'string' && typeof right === 'string') return operator === '+' ? left + right : undefined;
  if (typeof left !== 'number' || typeof right !== 'number') return undefined;
  const integers = Number.isInteger(left) && Number.isInteger(right);
  let value: number;
  switch (operator) {
    case '+':
      value = left + right;
      break;
    case '-':
      value = left - right;
      break;
    case '*':
      value = left * right;
      break;
    case '/':
      if (right === 0) return undefined;
      value = integers ? Math.trunc(left / right) : left / right;
      break;
    case '%':
      if (right === 0 || !integers) return undefined;
      value = left % right;
      break;
    case '<<':
      value = integers && right >= 0 && right < 63 ? left * 2 ** right : NaN;
      break;
    case '>>':
      value = integers && right >= 0 && right < 63 ? Math.floor(left / 2 ** right) : NaN;
      break;
    default:
      return undefined;
  }
  return Number.isFinite(value) && (!integers || Number.isSafeInteger(value)) ? value : undefined;
}

/** `time.Second` and the other units, through the file's name for `time`. */
function durationUnit(node: Node, scope: ValueScope): Folded {
  const operand = node.childForFieldName('operand');
  const field = node.childForFieldName('field')?.text;
  if (operand?.type !== 'identifier' || scope.time === null || operand.text !== scope.time || !field) return undefined;
  return DURATION_UNITS[field];
}

function identifier(node: Node, scope: ValueScope, depth: number): Folded {
  const binding = bindingOf(node);
  if (binding.kind !== 'value') return undefined;
  // `var d time.Duration`: Go's zero value.
  if (binding.value === null) return 0;
  return fold(binding.value, scope, depth + 1, binding.valueIndex);
}

/** Conversions, and `time.ParseDuration` of a literal (its first result; an error gives no value). */
function call(node: Node, scope: ValueScope, depth: number, resultIndex: number): Folded {
  const callee = node.childForFieldName('function');
  const args = listItems(node.childForFieldName('arguments'));
  if (!callee || args.length !== 1) return undefined;
  const isTime = (name: string) => callee.type === 'selector_expression' && callee.childForFieldName('operand')?.text === scope.time && callee.childForFieldName('field')?.text === name;
  if (isTime('ParseDuration')) {
    if (resultIndex !== 0) return undefined;
    const text = fold(args[0]!, scope, depth + 1, 0);
    return typeof text === 'string' ? parseDuration(text) : undefined;
  }
  if (resultIndex !== 0) return undefined;
  const converts = isTime('Duration') || (callee.type === 'identifier' && NUMERIC_CONVERSIONS.has(callee.text) && bindingOf(callee).kind === 'unknown');
  if (!converts) return undefined;
  const value = fold(args[0]!, scope, depth + 1, 0);
  if (typeof value !== 'number') return undefined;
  return isTime('Duration') || /^u?int/.test(callee.text) ? Math.trunc(value) : value;
}

const PARSE_UNITS: Readonly<Record<string, number>> = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };

/** Go's `time.ParseDuration` grammar: `[-+]?(number unit)+` or `0`; nanoseconds, or undefined where Go returns an error. */
export function parseDuration(text: string): number | undefined {
  const match = /^([-+]?)(.*)$/s.exec(text)!;
  const sign = match[1] === '-' ? -1 : 1;
  const rest = match[2]!;
  if (rest === '0') return 0;
  if (rest === '') return undefined;
  const part = /(\d*\.?\d*)(ns|us|µs|μs|ms|s|m|h)/gy;
  let total = 0;
  let consumed = 0;
  for (let found = part.exec(rest); found; found = part.exec(rest)) {
    const number = found[1]!;
    if (number === '' || number === '.') return undefined;
    total += Number(number) * PARSE_UNITS[found[2]!]!;
    consumed = part.lastIndex;
  }
  return consumed === rest.length ? Math.trunc(sign * total) : undefined;
}
