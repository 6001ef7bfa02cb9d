import type { PoolUse } from '../sites';
import { isPooled } from './client-idle';

/**
 * Whether a pool lives only as long as one request (or one call of the function that sends it): then its
 * sockets are never reused, and every run leaves a pool behind holding idle sockets until they time out.
 * `per-request`: built in the request's own options; `per-call` / `per-iteration`: built in the same function
 * (or loop body) and used by nothing but its requests. `null`: shared, closed, escaping, or not seen.
 */
export type PoolLifetimeVerdict = 'per-request' | 'per-call' | 'per-iteration' | null;

export function poolLifetimeVerdict(use: PoolUse): PoolLifetimeVerdict {
  // A pool that keeps no idle socket (Node's Agent without keepAlive) leaves nothing behind.
  if (isPooled(use.pool) !== true || !use.confined || use.repeats === 'once') return null;
  if (use.via === 'inline') return 'per-request';
  return use.repeats === 'call' ? 'per-call' : 'per-iteration';
}
