import type { Target, Targets } from '../targets';

/** The idle timeout a client pool should use: below every target that closes idle connections. */
export interface IdleCap {
  readonly ms: number;
  /** The target with the shortest idle timeout: the one the cap protects against. */
  readonly basis: Target;
}

/**
 * The smallest target idle timeout minus the margin. The margin covers the race window (round trip plus
 * event-loop lag), which does not grow with the timeout, so it is subtracted, not a fraction. When the
 * margin would leave nothing, half the target's timeout is used instead.
 */
export function cappedIdleTimeout(targets: Targets, among: readonly Target[] = targets.servers): IdleCap | null {
  const basis = shortestIdle(among);
  if (!basis || basis.idleTimeoutMs === null) return null;
  return { ms: capBelow(basis.idleTimeoutMs, targets.marginMs), basis };
}

/** A value safely below a limit: the limit minus the margin, or half the limit when the margin would leave nothing. */
export function capBelow(limitMs: number, marginMs: number): number {
  const capped = limitMs - marginMs;
  return capped > 0 ? capped : Math.max(1, Math.floor(limitMs / 2));
}

export function shortestIdle(targets: readonly Target[]): Target | undefined {
  let shortest: Target | undefined;
  for (const target of targets) {
    if (target.idleTimeoutMs === null) continue;
    if (!shortest || target.idleTimeoutMs < shortest.idleTimeoutMs!) shortest = target;
  }
  return shortest;
}
