import type { TSESTree } from '@typescript-eslint/utils';
import type { StaticValue } from '../../sites';
import { UNKNOWN } from './object-shapes';

/**
 * Operators over values resolved one operand at a time, so that `30 * SECOND` works where `SECOND` comes from
 * another module or a constructor argument (which `getStaticValue` alone cannot see).
 */
type ValueOf = (node: TSESTree.Node) => StaticValue;

const ARITHMETIC: Readonly<Record<string, (a: number, b: number) => number>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '**': (a, b) => a ** b,
};

export function binaryValue(binary: TSESTree.BinaryExpression, valueOf: ValueOf): StaticValue {
  const operate = ARITHMETIC[binary.operator];
  if (!operate || binary.left.type === 'PrivateIdentifier') return UNKNOWN;
  const left = valueOf(binary.left);
  const right = left.known ? valueOf(binary.right) : UNKNOWN;
  if (!left.known || !right.known) return UNKNOWN;
  if (typeof left.value === 'number' && typeof right.value === 'number') return { known: true, value: operate(left.value, right.value) };
  if (binary.operator === '+' && (typeof left.value === 'string' || typeof right.value === 'string')) return { known: true, value: `${String(left.value)}${String(right.value)}` };
  return UNKNOWN;
}

export function unaryValue(unary: TSESTree.UnaryExpression, valueOf: ValueOf): StaticValue {
  if (unary.operator !== '-' && unary.operator !== '+' && unary.operator !== '!') return UNKNOWN;
  const operand = valueOf(unary.argument);
  if (!operand.known) return UNKNOWN;
  if (unary.operator === '!') return { known: true, value: !operand.value };
  return typeof operand.value === 'number' ? { known: true, value: unary.operator === '-' ? -operand.value : operand.value } : UNKNOWN;
}

export function templateValue(template: TSESTree.TemplateLiteral, valueOf: ValueOf): StaticValue {
  let text = template.quasis[0]?.value.cooked ?? '';
  for (const [index, expression] of template.expressions.entries()) {
    const value = valueOf(expression);
    if (!value.known) return UNKNOWN;
    text += `${String(value.value)}${template.quasis[index + 1]?.value.cooked ?? ''}`;
  }
  return { known: true, value: text };
}
