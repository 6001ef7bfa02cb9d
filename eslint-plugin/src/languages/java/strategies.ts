import type { Node } from 'web-tree-sitter';
import type { JavaClientLibrary } from '../../catalog/java-types';
import { ANY, IntervalFolder, narrow, union, type Environment, type Interval } from './intervals';
import { methodName, receiverOf, same, unwrap } from './syntax';
import type { ValueFolder } from './values';

/**
 * What a keep-alive strategy lets a released connection be reused for. The library checks the expiry it returns
 * when the connection is leased again, so the strategy's largest answer is the idle bound (measured exact in the
 * fault lab for 4.5, 4.1 async and 5.2).
 */
export type StrategyBound =
  /** The library's default: the server's `Keep-Alive` header, else forever (4.x) or the request config's keep-alive (5.x). */
  | { readonly kind: 'default' }
  /** At most `ms`; `honoursHint` when it follows the server's header up to that. */
  | { readonly kind: 'bounded'; readonly ms: number; readonly honoursHint: boolean }
  /** Some answer is zero or negative, which keeps the connection with no expiry at all. */
  | { readonly kind: 'forever' }
  | { readonly kind: 'unknown' };

const UNKNOWN: StrategyBound = { kind: 'unknown' };

export class StrategyReader {
  readonly #intervals: IntervalFolder;
  readonly #visiting = new Set<number>();

  constructor(
    private readonly values: ValueFolder,
    private readonly library: JavaClientLibrary,
    private readonly root: Node,
  ) {
    this.#intervals = new IntervalFolder(values, (call) => this.#isDelegation(call));
  }

  /** The bound of the strategy given to `setKeepAliveStrategy(argument)`. */
  bound(argument: Node): StrategyBound {
    const expression = unwrap(argument);
    if (expression.type === 'null_literal' || this.isDefaultStrategy(expression)) return { kind: 'default' };
    switch (expression.type) {
      case 'lambda_expression':
        return this.#body(expression.childForFieldName('body'));
      case 'object_creation_expression':
        return this.#created(expression);
      case 'method_reference':
        return this.#methodReference(expression);
      case 'identifier':
      case 'field_access': {
        const binding = this.values.binding(expression);
        if (binding.kind !== 'constant' || this.#visiting.has(binding.declarator.id)) return UNKNOWN;
        this.#visiting.add(binding.declarator.id);
        try {
          return this.bound(binding.value);
        } finally {
          this.#visiting.delete(binding.declarator.id);
        }
      }
      default:
        return UNKNOWN;
    }
  }

  /** `DefaultConnectionKeepAliveStrategy.INSTANCE`, `new DefaultConnectionKeepAliveStrategy()`, or a constant holding one. */
  isDefaultStrategy(node: Node): boolean {
    const expression = unwrap(node);
    const defaultClass = this.library.strategy?.defaultClass;
    if (!defaultClass) return false;
    if (expression.type === 'field_access' && expression.childForFieldName('field')?.text === 'INSTANCE') {
      return this.values.isClass(expression.childForFieldName('object')!, defaultClass);
    }
    if (expression.type === 'object_creation_expression') {
      const type = expression.childForFieldName('type');
      const hasBody = expression.namedChildren.some((child) => child?.type === 'class_body');
      return !hasBody && !!type && this.values.isClass(type, defaultClass);
    }
    if (expression.type === 'identifier' || expression.type === 'field_access') {
      const binding = this.values.binding(expression);
      return binding.kind === 'constant' && !this.#visiting.has(binding.declarator.id) && this.#guarded(binding.declarator.id, () => this.isDefaultStrategy(binding.value));
    }
    return false;
  }

  #guarded(id: number, check: () => boolean): boolean {
    this.#visiting.add(id);
    try {
      return check();
    } finally {
      this.#visiting.delete(id);
    }
  }

  /** `X.getKeepAliveDuration(response, context)` where X is the default strategy, or `super` in a subclass of it. */
  #isDelegation(call: Node): boolean {
    if (methodName(call) !== 'getKeepAliveDuration') return false;
    const receiver = receiverOf(call);
    if (!receiver) return false;
    if (receiver.type === 'super') return true;
    return this.isDefaultStrategy(receiver);
  }

  /** An anonymous strategy, or a class of this file implementing it. */
  #created(creation: Node): StrategyBound {
    const body = creation.namedChildren.find((child) => child?.type === 'class_body');
    if (body) return this.#methodIn(body);
    const typeName = creation.childForFieldName('type')?.text;
    const declared = this.root.descendantsOfType('class_declaration').find((type) => type.childForFieldName('name')?.text === typeName);
    const declaredBody = declared?.childForFieldName('body');
    return declaredBody ? this.#methodIn(declaredBody) : UNKNOWN;
  }

  #methodIn(classBody: Node): StrategyBound {
    const method = classBody.namedChildren.find((member) => member?.type === 'method_declaration' && member.childForFieldName('name')?.text === 'getKeepAliveDuration');
    return method ? this.#body(method.childForFieldName('body')) : UNKNOWN;
  }

  /** `this::keepAlive`, `Strategies::keepAlive`: a method of this file, found by its name when only one has it. */
  #methodReference(reference: Node): StrategyBound {
    const name = reference.namedChildren.at(-1)?.text;
    const methods = this.root.descendantsOfType('method_declaration').filter((method) => method.childForFieldName('name')?.text === name);
    return methods.length === 1 ? this.#body(methods[0]!.childForFieldName('body')) : UNKNOWN;
  }

  /** A lambda's expression body, or a block: every value it can return. */
  #body(body: Node | null): StrategyBound {
    if (!body) return UNKNOWN;
    if (body.type !== 'block') return decide([this.#intervals.fold(body, new Map())]);
    const returned: Interval[] = [];
    if (!this.#block(body, new Map(), returned)) return UNKNOWN;
    return decide(returned);
  }

  /**
   * Walks statements in order, keeping what each local holds and what each `if` implies on each branch.
   * @returns false when a statement cannot be followed (the answer is then unknown)
   */
  #block(block: Node, start: Environment, returned: Interval[]): boolean {
    let env: Environment | null = start;
    for (const statement of block.namedChildren) {
      if (!statement || env === null) break;
      const next = this.#statement(statement, env, returned);
      if (next === false) return false;
      env = next;
    }
    return true;
  }

  /** @returns the environment after the statement, `null` when control never gets past it, false when unknown */
  #statement(statement: Node, env: Environment, returned: Interval[]): Environment | null | false {
    switch (statement.type) {
      case 'line_comment':
      case 'block_comment':
      case 'empty_statement':
        return env;
      case 'local_variable_declaration': {
        const next = new Map(env);
        for (const declarator of statement.childrenForFieldName('declarator')) {
          const value = declarator.childForFieldName('value');
          next.set(declarator.childForFieldName('name')!.text, value ? this.#intervals.fold(value, next) : ANY);
        }
        return next;
      }
      case 'return_statement': {
        const value = statement.namedChildren.find((child) => child && child.type !== 'line_comment' && child.type !== 'block_comment');
        if (!value) return false;
        returned.push(this.#intervals.fold(value, env));
        return null;
      }
      case 'throw_statement':
        return null;
      case 'expression_statement': {
        const expression = statement.namedChild(0);
        if (expression?.type === 'assignment_expression') {
          const target = expression.childForFieldName('left');
          if (target?.type !== 'identifier') return env;
          const next = new Map(env);
          const operator = expression.childForFieldName('operator')?.type;
          next.set(target.text, operator === '=' ? this.#intervals.fold(expression.childForFieldName('right')!, env) : ANY);
          return next;
        }
        return env;
      }
      case 'if_statement': {
        const condition = statement.childForFieldName('condition')!;
        const yes = narrow(condition, env, true, this.#intervals);
        const no = narrow(condition, env, false, this.#intervals);
        const thenEnd = this.#branch(statement.childForFieldName('consequence')!, yes, returned);
        const alternative = statement.childForFieldName('alternative');
        const elseEnd = alternative ? this.#branch(alternative, no, returned) : no;
        if (thenEnd === false || elseEnd === false) return false;
        if (thenEnd === null) return elseEnd;
        if (elseEnd === null) return thenEnd;
        return merge(thenEnd, elseEnd);
      }
      case 'block':
        return this.#branch(statement, env, returned);
      default:
        // Loops, switches, try blocks: every return inside counts, with what is known before them.
        for (const inner of statement.descendantsOfType('return_statement')) {
          if (!sameFunction(inner, statement)) continue;
          const value = inner.namedChildren.find((child) => child && child.type !== 'line_comment' && child.type !== 'block_comment');
          if (!value) return false;
          returned.push(this.#intervals.fold(value, env));
        }
        return env;
    }
  }

  #branch(statement: Node, env: Environment, returned: Interval[]): Environment | null | false {
    if (statement.type !== 'block') return this.#statement(statement, env, returned);
    let current: Environment | null = env;
    for (const inner of statement.namedChildren) {
      if (!inner || current === null) break;
      const next = this.#statement(inner, current, returned);
      if (next === false) return false;
      current = next;
    }
    return current;
  }
}

/** Whether a return belongs to the function that holds `statement`, not to a lambda or class inside it. */
function sameFunction(inner: Node, statement: Node): boolean {
  let current = inner.parent;
  while (current && !same(current, statement)) {
    if (current.type === 'lambda_expression' || current.type === 'class_body') return false;
    current = current.parent;
  }
  return true;
}

function merge(a: Environment, b: Environment): Environment {
  const merged = new Map<string, Interval>();
  for (const [name, value] of a) {
    const other = b.get(name);
    if (other) merged.set(name, union(value, other));
  }
  return merged;
}

/** What every possible answer together means. */
function decide(returned: readonly Interval[]): StrategyBound {
  if (returned.length === 0) return UNKNOWN;
  let defaultPath = false;
  let forever = false;
  let ms = 0;
  let honoursHint = false;
  for (const value of returned) {
    if (value.delegation) defaultPath = true;
    else if (value.lo > 0 && Number.isFinite(value.hi)) {
      ms = Math.max(ms, value.hi);
      honoursHint ||= value.hint;
    } else if (value.hi <= 0) forever = true;
    else return UNKNOWN;
  }
  if (forever) return { kind: 'forever' };
  if (defaultPath) return { kind: 'default' };
  return { kind: 'bounded', ms, honoursHint };
}
