import type { ClientSite, Setting } from '../sites';
import type { Targets } from '../targets';
import { cappedIdleTimeout, type IdleCap } from './capped-strategy';
import { effectiveLimit, releaseDefault } from './effective-value';

/** How a pool's idle sockets compare with the targets' idle timeouts. */
export type IdleVerdict =
  /** The pool does not keep idle sockets (Node's Agent without `keepAlive: true`). */
  | { readonly kind: 'not-pooled' }
  /** Something that decides the answer cannot be seen statically: never reported. */
  | { readonly kind: 'unknown' }
  /** Idle sockets are never closed on the client's side. */
  | { readonly kind: 'missing-idle-timeout'; readonly setting: Setting; readonly cap: IdleCap }
  /** The client keeps idle sockets longer than the capped value. */
  | { readonly kind: 'idle-timeout-not-below-server'; readonly idleMs: number; readonly setting: Setting; readonly cap: IdleCap }
  | { readonly kind: 'ok'; readonly idleMs: number; readonly setting: Setting; readonly cap: IdleCap };

export function isPooled(site: ClientSite): boolean | 'unknown' {
  const keepAlive = site.settings.keepAlive;
  if (keepAlive.source === 'unknown') return 'unknown';
  return Boolean(keepAlive.value);
}

/**
 * The idle time a pool holds a free socket, in ms: `null` = never closed; `undefined` = cannot be seen, or a
 * value the library rejects (that is a different finding). A library that ships with its runtime (the JDK's client)
 * defaults to the value of the targeted release, when `targets` names one.
 */
export function idleMsOf(site: ClientSite, targets?: Pick<Targets, 'java' | 'go'>): number | null | undefined {
  return releaseDefault(site, 'idleTimeoutMs', targets) ?? effectiveLimit(site, 'idleTimeoutMs');
}

export function idleVerdict(site: ClientSite, targets: Targets): IdleVerdict {
  const pooled = isPooled(site);
  if (pooled === 'unknown') return { kind: 'unknown' };
  if (!pooled) return { kind: 'not-pooled' };
  const cap = cappedIdleTimeout(targets);
  const setting = site.settings.idleTimeoutMs;
  const idleMs = idleMsOf(site, targets);
  if (idleMs === undefined || !cap) return { kind: 'unknown' };
  if (idleMs === null) return { kind: 'missing-idle-timeout', setting, cap };
  if (idleMs > cap.ms) return { kind: 'idle-timeout-not-below-server', idleMs, setting, cap };
  return { kind: 'ok', idleMs, setting, cap };
}
