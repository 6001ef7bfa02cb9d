import type { Node } from 'web-tree-sitter';
import { DURATION, TIME_VALUE, TIMEOUT } from './known-classes';
import { argumentsOf, methodName, receiverOf, unwrap } from './syntax';
import type { ValueFolder } from './values';
import { FACTORY_MS } from './time-units';

/**
 * The range of values an expression can take, for keep-alive strategies: `serverMs > 0 ? Math.min(serverMs, CAP) : CAP`
 * is known to lie in `(0, CAP]` even though `serverMs` (the server's hint) is not known. Milliseconds throughout:
 * `TimeValue.ofSeconds(n)` is `n * 1000`.
 */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
  /** Derived from the server's `Keep-Alive` header (the default strategy's answer). */
  readonly hint: boolean;
  /** Exactly the default strategy's answer, unchanged. */
  readonly delegation: boolean;
}

export const ANY: Interval = { lo: -Infinity, hi: Infinity, hint: false, delegation: false };

const exactly = (value: number): Interval => ({ lo: value, hi: value, hint: false, delegation: false });

/** The smallest step above a bound: `x > 0` means `x ≥ 1` for Java's integral keep-alives, and never 0. */
const ABOVE = 1e-9;

export type Environment = ReadonlyMap<string, Interval>;

/** Folds expressions to intervals; `isDelegation` recognises a call of the library's default strategy. */
export class IntervalFolder {
  constructor(
    private readonly values: ValueFolder,
    private readonly isDelegation: (call: Node) => boolean,
  ) {}

  fold(node: Node, env: Environment): Interval {
    const expression = unwrap(node);
    switch (expression.type) {
      case 'identifier': {
        const bound = env.get(expression.text);
        if (bound) return bound;
        return this.#known(expression);
      }
      case 'unary_expression': {
        const operator = expression.childForFieldName('operator')?.type;
        const operand = this.fold(expression.childForFieldName('operand')!, env);
        if (operator === '-') return { lo: -operand.hi, hi: -operand.lo, hint: operand.hint, delegation: false };
        return operator === '+' ? operand : ANY;
      }
      case 'binary_expression':
        return this.#binary(expression, env);
      case 'ternary_expression': {
        const condition = expression.childForFieldName('condition')!;
        const yes = this.fold(expression.childForFieldName('consequence')!, narrow(condition, env, true, this));
        const no = this.fold(expression.childForFieldName('alternative')!, narrow(condition, env, false, this));
        return union(yes, no);
      }
      case 'cast_expression':
        return this.fold(expression.childForFieldName('value')!, env);
      case 'method_invocation':
        return this.#call(expression, env);
      default:
        return this.#known(expression);
    }
  }

  /** A constant, or a duration constant (`TimeValue.NEG_ONE_MILLISECOND`); anything else can be any value. */
  #known(expression: Node): Interval {
    const number = this.values.number(expression);
    if (number !== undefined) return exactly(number);
    const duration = this.values.durationMs(expression);
    return duration !== undefined ? exactly(duration) : ANY;
  }

  #binary(expression: Node, env: Environment): Interval {
    const operator = expression.childForFieldName('operator')?.type;
    const left = this.fold(expression.childForFieldName('left')!, env);
    const right = this.fold(expression.childForFieldName('right')!, env);
    const hint = left.hint || right.hint;
    switch (operator) {
      case '+':
        return { lo: left.lo + right.lo, hi: left.hi + right.hi, hint, delegation: false };
      case '-':
        return { lo: left.lo - right.hi, hi: left.hi - right.lo, hint, delegation: false };
      case '*':
      case '/': {
        if (operator === '/' && right.lo <= 0 && right.hi >= 0) return { ...ANY, hint };
        const products = [left.lo, left.hi].flatMap((a) => [right.lo, right.hi].map((b) => (operator === '*' ? a * b : a / b)));
        if (products.some(Number.isNaN)) return { ...ANY, hint };
        return { lo: Math.min(...products), hi: Math.max(...products), hint, delegation: false };
      }
      default:
        return { ...ANY, hint };
    }
  }

  #call(call: Node, env: Environment): Interval {
    if (this.isDelegation(call)) return { ...ANY, hint: true, delegation: true };
    const name = methodName(call)!;
    const receiver = receiverOf(call);
    const args = argumentsOf(call);
    if (receiver?.type === 'identifier' && receiver.text === 'Math' && (name === 'min' || name === 'max') && args.length === 2) {
      const [a, b] = [this.fold(args[0]!, env), this.fold(args[1]!, env)];
      const pick = name === 'min' ? Math.min : Math.max;
      return { lo: pick(a.lo, b.lo), hi: pick(a.hi, b.hi), hint: a.hint || b.hint, delegation: false };
    }
    if (receiver && args.length === 1 && (this.values.isClass(receiver, TIME_VALUE) || this.values.isClass(receiver, TIMEOUT) || this.values.isClass(receiver, DURATION))) {
      const factor = FACTORY_MS[name];
      if (factor === undefined) return this.#known(call);
      const amount = this.fold(args[0]!, env);
      return { lo: amount.lo * factor, hi: amount.hi * factor, hint: amount.hint, delegation: false };
    }
    if (receiver && (name === 'toMilliseconds' || name === 'toMillis') && args.length === 0) return this.fold(receiver, env);
    if (receiver && args.length === 1) {
      const unitMs = this.values.unitMs(receiver);
      if (unitMs !== undefined && name === 'toMillis') {
        const amount = this.fold(args[0]!, env);
        return { lo: amount.lo * unitMs, hi: amount.hi * unitMs, hint: amount.hint, delegation: false };
      }
    }
    return this.#known(call);
  }
}

export function union(a: Interval, b: Interval): Interval {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi), hint: a.hint || b.hint, delegation: false };
}

/**
 * The environment in which `condition` is `outcome`: `x > k` narrows `x` to `(k, ∞)`, its negation to `(-∞, k]`.
 * `&&` narrows both sides when true, `||` both sides when false; anything else narrows nothing.
 */
export function narrow(condition: Node, env: Environment, outcome: boolean, folder: IntervalFolder): Environment {
  const expression = unwrap(condition);
  if (expression.type === 'unary_expression' && expression.childForFieldName('operator')?.type === '!') {
    return narrow(expression.childForFieldName('operand')!, env, !outcome, folder);
  }
  if (expression.type !== 'binary_expression') return env;
  const operator = expression.childForFieldName('operator')?.type ?? '';
  const left = expression.childForFieldName('left')!;
  const right = expression.childForFieldName('right')!;
  if (operator === '&&' || operator === '||') {
    if ((operator === '&&') !== outcome) return env;
    return narrow(right, narrow(left, env, outcome, folder), outcome, folder);
  }
  const comparison = COMPARISONS[operator];
  if (!comparison) return env;
  const [name, boundNode, op] = unwrap(left).type === 'identifier' ? [unwrap(left).text, right, comparison] : unwrap(right).type === 'identifier' ? [unwrap(right).text, left, FLIPPED[comparison]!] : [null, null, null];
  if (name === null || boundNode === null) return env;
  const bound = folder.fold(boundNode, env);
  if (bound.lo !== bound.hi) return env;
  const current = env.get(name) ?? folder.fold(unwrap(left).type === 'identifier' ? left : right, env);
  const next = restrict(current, outcome ? op : NEGATED[op]!, bound.lo);
  const narrowed = new Map(env);
  narrowed.set(name, next);
  return narrowed;
}

type Comparison = '>' | '>=' | '<' | '<=' | '==' | '!=';
const COMPARISONS: Readonly<Record<string, Comparison>> = { '>': '>', '>=': '>=', '<': '<', '<=': '<=', '==': '==', '!=': '!=' };
const FLIPPED: Readonly<Record<Comparison, Comparison>> = { '>': '<', '>=': '<=', '<': '>', '<=': '>=', '==': '==', '!=': '!=' };
const NEGATED: Readonly<Record<Comparison, Comparison>> = { '>': '<=', '>=': '<', '<': '>=', '<=': '>', '==': '!=', '!=': '==' };

function restrict(value: Interval, op: Comparison, k: number): Interval {
  switch (op) {
    case '>':
      return { ...value, lo: Math.max(value.lo, k + ABOVE), delegation: false };
    case '>=':
      return { ...value, lo: Math.max(value.lo, k), delegation: false };
    case '<':
      return { ...value, hi: Math.min(value.hi, k - ABOVE), delegation: false };
    case '<=':
      return { ...value, hi: Math.min(value.hi, k), delegation: false };
    case '==':
      return { ...value, lo: k, hi: k, delegation: false };
    default:
      return value;
  }
}
