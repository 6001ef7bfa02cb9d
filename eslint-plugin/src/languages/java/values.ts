import type { Node } from 'web-tree-sitter';
import type { ImportTable } from './imports';
import { CHRONO_UNIT, DURATION, TIME_UNIT, TIME_VALUE, TIMEOUT } from './known-classes';
import { bindingOf, qualifiedConstant, type Binding } from './scope';
import { argumentsOf, methodName, receiverOf, stringValue, unwrap } from './syntax';
import { CONVERSIONS, DURATION_CONSTANTS, FACTORY_MS, UNIT_MS } from './time-units';

/** A number as Java computes it: integral types divide without a remainder. */
interface Folded {
  readonly value: number;
  readonly integral: boolean;
}

/**
 * Static values of Java expressions: numbers (literals with `_`, `L`, `f`; arithmetic; casts; `final` constants),
 * durations in milliseconds (`Duration.ofSeconds(n)`, `TimeValue.of(n, unit)`, `Timeout.ofMinutes(n)`,
 * `TimeUnit.X.toMillis(n)`) and time units. Anything else is `undefined`: unknown, never guessed.
 */
export class ValueFolder {
  readonly #visiting = new Set<number>();

  constructor(
    private readonly imports: ImportTable,
    private readonly root: Node,
  ) {}

  /** A number, or `undefined`. */
  number(node: Node): number | undefined {
    return this.#number(node)?.value;
  }

  /** A duration in milliseconds (`Duration`, `TimeValue`, `Timeout` values), or `undefined`. */
  durationMs(node: Node): number | undefined {
    const expression = unwrap(node);
    if (expression.type === 'identifier' || expression.type === 'field_access') {
      const constant = this.#durationConstant(expression);
      if (constant !== undefined) return constant;
      return this.#through(expression, (value) => this.durationMs(value));
    }
    if (expression.type !== 'method_invocation') return undefined;
    const name = methodName(expression)!;
    const receiver = receiverOf(expression);
    const args = argumentsOf(expression);
    if (!receiver) return undefined;
    if (this.isClass(receiver, DURATION) || this.isClass(receiver, TIME_VALUE) || this.isClass(receiver, TIMEOUT)) {
      if (FACTORY_MS[name] !== undefined && args.length >= 1) {
        const amount = this.number(args[0]!);
        const extraNanos = args.length === 2 && name === 'ofSeconds' ? this.number(args[1]!) : 0;
        return amount === undefined || extraNanos === undefined ? undefined : amount * FACTORY_MS[name]! + extraNanos * 1e-6;
      }
      if (name === 'of' && args.length === 2) return this.pairMs(args[0]!, args[1]!);
      return undefined;
    }
    return undefined;
  }

  /** `(amount, TimeUnit.X)`: the amount in milliseconds. */
  pairMs(amount: Node, unit: Node): number | undefined {
    const value = this.number(amount);
    const unitMs = this.unitMs(unit);
    return value === undefined || unitMs === undefined ? undefined : value * unitMs;
  }

  /** Milliseconds per unit of a `TimeUnit` or `ChronoUnit` constant. */
  unitMs(node: Node): number | undefined {
    const expression = unwrap(node);
    if (expression.type === 'field_access') {
      const object = expression.childForFieldName('object');
      const field = expression.childForFieldName('field')?.text ?? '';
      if (object && (this.isClass(object, TIME_UNIT) || this.isClass(object, CHRONO_UNIT))) return UNIT_MS[field];
      return undefined;
    }
    if (expression.type === 'identifier') {
      const name = expression.text;
      if (UNIT_MS[name] !== undefined && (this.imports.staticMember(name, TIME_UNIT) || this.imports.staticMember(name, CHRONO_UNIT))) return UNIT_MS[name];
      return this.#through(expression, (value) => this.unitMs(value));
    }
    return undefined;
  }

  /** A string constant (`"8"`, or a final constant holding one). */
  string(node: Node): string | undefined {
    const expression = unwrap(node);
    const literal = stringValue(expression);
    if (literal !== undefined) return literal;
    if (expression.type === 'identifier') return this.#through(expression, (value) => this.string(value));
    if (expression.type === 'method_invocation' && argumentsOf(expression).length === 1 && /^(?:String\.valueOf|Integer\.toString|Long\.toString)$/.test(`${receiverOf(expression)?.text}.${methodName(expression)}`)) {
      const number = this.number(argumentsOf(expression)[0]!);
      return number === undefined ? undefined : String(number);
    }
    if (expression.type === 'binary_expression' && expression.childForFieldName('operator')?.type === '+') {
      const left = this.string(expression.childForFieldName('left')!) ?? numberText(this.number(expression.childForFieldName('left')!));
      const right = this.string(expression.childForFieldName('right')!) ?? numberText(this.number(expression.childForFieldName('right')!));
      return left !== undefined && right !== undefined ? left + right : undefined;
    }
    return undefined;
  }

  /**
   * Whether a receiver names a class: resolved through the imports, or written by its usual simple name when no
   * import or declaration in the file gives that name another meaning (`TimeUnit`, `Duration` are rarely imported
   * by a wildcard the finder could list).
   */
  isClass(node: Node, className: string): boolean {
    const resolved = this.imports.classOf(node);
    if (resolved !== null) return resolved === className;
    const simple = className.slice(className.lastIndexOf('.') + 1);
    return node.type === 'identifier' && node.text === simple && this.imports.importState(className) !== 'clashes';
  }

  /** What a name refers to; `Limits.IDLE` looks in the file's own class `Limits`. */
  binding(node: Node): Binding {
    if (node.type === 'identifier') return bindingOf(node);
    if (node.type === 'field_access') {
      const object = node.childForFieldName('object');
      const field = node.childForFieldName('field')?.text;
      if (object?.type === 'this' && field) return bindingOfField(node, field);
      if (object?.type === 'identifier' && field && /^[A-Z]/.test(object.text)) return qualifiedConstant(this.root, object.text, field);
    }
    return { kind: 'unknown' };
  }

  /** Folds the value a constant name was initialised with, once per name on the way (a cycle is unknown). */
  #through<T>(name: Node, fold: (value: Node) => T | undefined): T | undefined {
    const binding = this.binding(name);
    if (binding.kind !== 'constant' || this.#visiting.has(binding.declarator.id)) return undefined;
    this.#visiting.add(binding.declarator.id);
    try {
      return fold(binding.value);
    } finally {
      this.#visiting.delete(binding.declarator.id);
    }
  }

  #durationConstant(expression: Node): number | undefined {
    if (expression.type !== 'field_access') return undefined;
    const object = expression.childForFieldName('object');
    const field = expression.childForFieldName('field')?.text ?? '';
    if (!object || DURATION_CONSTANTS[field] === undefined) return undefined;
    return this.isClass(object, DURATION) || this.isClass(object, TIME_VALUE) || this.isClass(object, TIMEOUT) ? DURATION_CONSTANTS[field] : undefined;
  }

  #number(node: Node): Folded | undefined {
    const expression = unwrap(node);
    switch (expression.type) {
      case 'decimal_integer_literal':
      case 'hex_integer_literal':
      case 'octal_integer_literal':
      case 'binary_integer_literal':
        return integerLiteral(expression.type, expression.text);
      case 'decimal_floating_point_literal': {
        const value = Number(expression.text.replace(/_/g, '').replace(/[fFdD]$/, ''));
        return Number.isFinite(value) ? { value, integral: false } : undefined;
      }
      case 'unary_expression': {
        const operand = this.#number(expression.childForFieldName('operand')!);
        const operator = expression.childForFieldName('operator')?.type;
        if (!operand) return undefined;
        if (operator === '-') return { value: -operand.value, integral: operand.integral };
        return operator === '+' ? operand : undefined;
      }
      case 'binary_expression':
        return this.#binary(expression);
      case 'cast_expression': {
        const value = this.#number(expression.childForFieldName('value')!);
        const type = expression.childForFieldName('type')?.text ?? '';
        if (!value) return undefined;
        return /^(?:long|int|short|byte)$/.test(type) ? { value: Math.trunc(value.value), integral: true } : value;
      }
      case 'identifier':
      case 'field_access':
        return this.#through(expression, (value) => this.#number(value));
      case 'method_invocation':
        return this.#call(expression);
      default:
        return undefined;
    }
  }

  #binary(expression: Node): Folded | undefined {
    const operator = expression.childForFieldName('operator')?.type;
    if (!operator || !'+-*/%'.includes(operator) || operator.length !== 1) return undefined;
    const left = this.#number(expression.childForFieldName('left')!);
    const right = this.#number(expression.childForFieldName('right')!);
    if (!left || !right) return undefined;
    const integral = left.integral && right.integral;
    switch (operator) {
      case '+':
        return { value: left.value + right.value, integral };
      case '-':
        return { value: left.value - right.value, integral };
      case '*':
        return { value: left.value * right.value, integral };
      case '/':
        if (right.value === 0) return undefined;
        return { value: integral ? Math.trunc(left.value / right.value) : left.value / right.value, integral };
      default:
        if (right.value === 0) return undefined;
        return { value: left.value % right.value, integral };
    }
  }

  /** `TimeUnit.SECONDS.toMillis(n)`, `Math.min(a, b)`, `Long.parseLong("8")`, `Duration.ofSeconds(5).toMillis()`. */
  #call(call: Node): Folded | undefined {
    const name = methodName(call)!;
    const receiver = receiverOf(call);
    const args = argumentsOf(call);
    if (!receiver) return undefined;
    const unitMs = this.unitMs(receiver);
    if (unitMs !== undefined && args.length === 1) {
      const amount = this.#number(args[0]!);
      const target = CONVERSIONS[name];
      if (!amount || target === undefined) return undefined;
      return { value: Math.trunc((amount.value * unitMs) / target), integral: true };
    }
    if (receiver.type === 'identifier' && receiver.text === 'Math' && (name === 'min' || name === 'max') && args.length === 2) {
      const [a, b] = [this.#number(args[0]!), this.#number(args[1]!)];
      if (!a || !b) return undefined;
      return { value: name === 'min' ? Math.min(a.value, b.value) : Math.max(a.value, b.value), integral: a.integral && b.integral };
    }
    if (receiver.type === 'identifier' && /^(?:Long|Integer)$/.test(receiver.text) && /^(?:parseLong|parseInt|valueOf)$/.test(name) && args.length === 1) {
      const text = this.string(args[0]!);
      if (text === undefined) return this.#number(args[0]!);
      return /^[+-]?\d+$/.test(text.trim()) ? { value: Number(text.trim()), integral: true } : undefined;
    }
    if ((name === 'toMillis' || name === 'toMilliseconds') && args.length === 0) {
      const ms = this.durationMs(receiver);
      return ms === undefined ? undefined : { value: Math.trunc(ms), integral: true };
    }
    if ((name === 'getSeconds' || name === 'toSeconds') && args.length === 0) {
      const ms = this.durationMs(receiver);
      return ms === undefined ? undefined : { value: Math.trunc(ms / 1000), integral: true };
    }
    return undefined;
  }
}

function integerLiteral(type: string, text: string): Folded | undefined {
  const digits = text.replace(/_/g, '').replace(/[lL]$/, '');
  let value: number;
  if (type === 'hex_integer_literal') value = Number.parseInt(digits.slice(2), 16);
  else if (type === 'binary_integer_literal') value = Number.parseInt(digits.slice(2), 2);
  else if (type === 'octal_integer_literal') value = Number.parseInt(digits.replace(/^0[oO]?/, '') || '0', 8);
  else value = Number(digits);
  return Number.isFinite(value) ? { value, integral: true } : undefined;
}

function numberText(value: number | undefined): string | undefined {
  return value === undefined ? undefined : String(value);
}

/** `this.x` inside a class: the field `x` of the class around it. */
function bindingOfField(node: Node, field: string): Binding {
  let current = node.parent;
  while (current && current.type !== 'class_body') current = current.parent;
  if (!current) return { kind: 'unknown' };
  for (const member of current.namedChildren) {
    if (member?.type !== 'field_declaration') continue;
    for (const declarator of member.childrenForFieldName('declarator')) {
      if (declarator.childForFieldName('name')?.text !== field) continue;
      const value = declarator.childForFieldName('value');
      const final = member.namedChildren.some((part) => part?.type === 'modifiers' && part.children.some((word) => word?.type === 'final'));
      return final && value ? { kind: 'constant', declarator, value, scope: 'field' } : { kind: 'variable', declarator, scope: 'field' };
    }
  }
  return { kind: 'unknown' };
}
