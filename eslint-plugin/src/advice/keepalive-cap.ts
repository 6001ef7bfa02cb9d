import type { ServerKind } from '../catalog/types';
import type { ClientSite, Setting } from '../sites';
import type { Target, Targets } from '../targets';
import { capBelow, cappedIdleTimeout, type IdleCap } from './capped-strategy';
import { isPooled } from './client-idle';
import { effectiveLimit } from './effective-value';

/** Devices that track flows and forget idle ones, whatever the origin behind them says in its `Keep-Alive` header. */
const MIDDLEBOX_KINDS: readonly ServerKind[] = ['l4', 'load-balancer'];

export function middleboxes(targets: Targets): Target[] {
  return targets.servers.filter((target) => MIDDLEBOX_KINDS.includes(target.kind) && target.idleTimeoutMs !== null);
}

/**
 * How far a server's `Keep-Alive: timeout=N` hint can stretch a pool's idle time, compared with the middleboxes
 * on the path. Only libraries that let a hint raise the idle time (undici) need a cap: Node's agent only lowers
 * its `timeout` with a hint, and agentkeepalive overwrites the hint with `freeSocketTimeout`.
 */
export type KeepAliveCapVerdict =
  /** The library never raises its idle time from a hint, or no middlebox is declared. */
  | { readonly kind: 'not-needed' }
  | { readonly kind: 'not-pooled' }
  | { readonly kind: 'unknown' }
  /** The cap is the library's default (undici: 600 s), above the middlebox's idle timeout. */
  | { readonly kind: 'no-keepalive-cap'; readonly capMs: number | null; readonly setting: Setting; readonly cap: IdleCap }
  /** The cap is set, but a hint can still keep a socket idle longer than the middlebox keeps the flow (`null`: no cap). */
  | { readonly kind: 'keepalive-cap-above-middlebox'; readonly capMs: number | null; readonly setting: Setting; readonly cap: IdleCap }
  | { readonly kind: 'ok'; readonly capMs: number; readonly cap: IdleCap };

export function keepAliveCapVerdict(site: ClientSite, targets: Targets): KeepAliveCapVerdict {
  if (site.library.hint !== 'replaces-up-to-cap') return { kind: 'not-needed' };
  const cap = cappedIdleTimeout(targets, middleboxes(targets));
  if (!cap) return { kind: 'not-needed' };
  return compareLimit(site, 'keepAliveCapMs', cap, 'no-keepalive-cap', 'keepalive-cap-above-middlebox');
}

/** The lifetime a pool's connections must stay under, and the target that requires it. */
export interface LifetimeCap {
  readonly ms: number;
  readonly basis: Target;
  readonly maxConnectionAgeMs: number;
}

/**
 * The connection lifetime cap the targets require: the shortest `maxConnectionAgeMs` minus the margin, or
 * `null` when no target ends connections by age. No catalogued product does so silently (nginx
 * `keepalive_time`, an ALB's client keep-alive duration and Envoy's `max_connection_duration` end with a
 * graceful `Connection: close`), so only a target that declares an age limit asks for one.
 */
export function cappedLifetime(targets: Targets): LifetimeCap | null {
  let basis: Target | undefined;
  for (const target of targets.servers) {
    const age = target.maxConnectionAgeMs;
    if (typeof age !== 'number' || !(age > 0)) continue;
    if (!basis || age < basis.maxConnectionAgeMs!) basis = target;
  }
  if (!basis) return null;
  const maxConnectionAgeMs = basis.maxConnectionAgeMs!;
  return { ms: capBelow(maxConnectionAgeMs, targets.marginMs), basis, maxConnectionAgeMs };
}

export type LifetimeCapVerdict =
  /** No target limits connection age, or the library has no lifetime option. */
  | { readonly kind: 'not-needed' }
  | { readonly kind: 'not-pooled' }
  | { readonly kind: 'unknown' }
  /** No lifetime limit: the library's default, or an explicit value that means "off". */
  | { readonly kind: 'no-lifetime-cap'; readonly capMs: number | null; readonly setting: Setting; readonly cap: LifetimeCap }
  | { readonly kind: 'lifetime-cap-above-target'; readonly capMs: number | null; readonly setting: Setting; readonly cap: LifetimeCap }
  | { readonly kind: 'ok'; readonly capMs: number; readonly cap: LifetimeCap };

export function lifetimeCapVerdict(site: ClientSite, targets: Targets): LifetimeCapVerdict {
  if (!site.library.optionFor.maxLifetimeMs) return { kind: 'not-needed' };
  const cap = cappedLifetime(targets);
  if (!cap) return { kind: 'not-needed' };
  return compareLimit(site, 'maxLifetimeMs', cap, 'no-lifetime-cap', 'lifetime-cap-above-target');
}

/** Shared comparison: no limit (or the default one) above the cap, an explicit one above it, or fine. */
function compareLimit<C extends { readonly ms: number }, Missing extends string, Above extends string>(
  site: ClientSite,
  concept: 'keepAliveCapMs' | 'maxLifetimeMs',
  cap: C,
  missing: Missing,
  above: Above,
):
  | { readonly kind: 'not-pooled' | 'unknown' }
  | { readonly kind: Missing | Above; readonly capMs: number | null; readonly setting: Setting; readonly cap: C }
  | { readonly kind: 'ok'; readonly capMs: number; readonly cap: C } {
  const pooled = isPooled(site);
  if (pooled === 'unknown') return { kind: 'unknown' };
  if (!pooled) return { kind: 'not-pooled' };
  const setting = site.settings[concept];
  const capMs = effectiveLimit(site, concept);
  if (capMs === undefined) return { kind: 'unknown' };
  if (capMs !== null && capMs <= cap.ms) return { kind: 'ok', capMs, cap };
  return { kind: setting.source === 'explicit' ? above : missing, capMs, setting, cap };
}
