import type { Node } from 'web-tree-sitter';
import type { BoundDerivation, ExplicitSetting, TextRange } from '../../sites';
import { argumentsOf, linkRange, methodName, rangeOf } from './syntax';

/** Something the code wrote that bounds how long a connection stays idle, in ms, with where it is written. */
export interface IdleBound {
  readonly ms: number;
  /** The method as users know it: `evictIdleConnections`, `setKeepAliveStrategy`, `keepAliveDuration`. */
  readonly option: string;
  /** The whole call or argument list. */
  readonly range: TextRange;
  /** What a suggestion replaces to change the value. */
  readonly valueRange: TextRange;
  readonly text: string;
  readonly derivation?: BoundDerivation;
}

/** A bound the code sets but whose value cannot be seen: the idle time is then unknown. */
export const UNSEEN = 'unseen' as const;

export type Candidate = IdleBound | typeof UNSEEN;

/**
 * A call's bound: from the method name to the closing parenthesis as `range` (`evictIdleConnections(5, SECONDS)`),
 * its arguments as the value. A constructor (`new ConnectionPool(5, 5, MINUTES)`) is taken whole.
 */
export function callBound(call: Node, ms: number, source: string, derivation?: BoundDerivation, option = methodName(call) ?? ''): IdleBound {
  const args = argumentsOf(call);
  const valueRange: TextRange = args.length > 0 ? [args[0]!.startIndex, args.at(-1)!.endIndex] : rangeOf(call);
  return { ms, option, range: linkRange(call), valueRange, text: source.slice(valueRange[0], valueRange[1]), ...(derivation ? { derivation } : {}) };
}

/**
 * The tightest of the bounds, as the setting a site reports: `undefined` when one of them cannot be seen (something
 * unseen may be tighter or not), `null` when there is none.
 */
export function tightest(candidates: readonly Candidate[]): IdleBound | null | undefined {
  let best: IdleBound | null = null;
  for (const candidate of candidates) {
    if (candidate === UNSEEN) return undefined;
    if (!best || candidate.ms < best.ms) best = candidate;
  }
  return best;
}

/** The neutral setting for a bound. */
export function explicitSetting(bound: IdleBound): ExplicitSetting {
  return {
    source: 'explicit',
    value: bound.ms,
    option: bound.option,
    range: bound.range,
    valueRange: bound.valueRange,
    text: bound.text,
    ...(bound.derivation ? { derivation: bound.derivation } : {}),
  };
}
