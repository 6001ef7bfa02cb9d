import type { IdleTimeoutValue, ServerConcept, ServerDefaults } from '../catalog/types';
import type { ServerSetting, ServerSite } from '../sites';
import type { Target, Targets } from '../targets';
import { ASSUMED_NODE, HEADERS_RACE_NODE } from '../catalog/node-versions';
import { isSubset, rangesMeet } from '../targets/version-ranges';
import { fallbackIdleTimeout } from './idle-fallback';

/**
 * Servers behind a pooling balancer: the balancer is the client now, so the server must keep idle connections
 * open longer than the balancer does, or the balancer sends requests on connections the server has closed.
 */

/** Added to the balancer's idle timeout in suggestions: 65 s behind a 60 s ALB, the default Node.js 26 adopted. */
export const SUGGESTED_HEADROOM_MS = 5000;
/** `headersTimeout` is written this far above `keepAliveTimeout`. */
export const HEADERS_ABOVE_KEEPALIVE_MS = 1000;

/** A server timeout as it applies on the targeted Node.js versions. */
export interface ServerTimeout {
  /** `null`: no limit (the timer is off). */
  readonly ms: number | null;
  readonly setting: ServerSetting;
  /**
   * `option-ignored`: an option some targeted Node.js versions ignore, so their default applies there. `fallback`:
   * the idle setting is unset or zero and another timeout of the server applies (`setting`, named by `fallbackTo`).
   */
  readonly basis: 'explicit' | 'default' | 'option-ignored' | 'fallback';
  /** Where a default comes from, and the versions it holds for. */
  readonly source?: string;
  readonly versions?: string;
  /** With `fallback`: the setting whose value is the idle timeout (Go's `ReadTimeout`). */
  readonly fallbackTo?: string;
  /** The deciding value is negative, which the targeted versions read as "close after each response" (`ms` 0) or "no timeout". */
  readonly negative?: boolean;
}

/**
 * `undefined` when it cannot be seen, or the value is one Node.js rejects (never reported as a bad timeout).
 * @param targetGo the Go versions, for a server Go runs.
 */
export function serverTimeout(site: ServerSite, concept: ServerConcept, targetNode: string | null, targetGo: string | null = null): ServerTimeout | undefined {
  const { idleFallback } = site.framework;
  if (concept === 'keepAliveTimeoutMs' && idleFallback) return fallbackIdleTimeout(site, idleFallback, site.framework.runsOn === 'go' ? targetGo : targetNode);
  const setting = site.settings[concept];
  if (setting.source === 'unknown') return undefined;
  const node = targetNode ?? ASSUMED_NODE;
  const fallback = () => pickDefault(site.framework.defaults[concept], node);
  if (setting.source === 'default') {
    const value = fallback();
    return { ms: value.ms, setting, basis: 'default', source: value.source, versions: value.versions };
  }
  const ms = explicitMs(site, concept, setting.value, fallback);
  if (ms === undefined) return undefined;
  if (setting.via !== 'option' || !setting.nodeVersions || isSubset(node, setting.nodeVersions)) return { ms, setting, basis: 'explicit' };
  // Versions that ignore the option run with the default: the lower of the two holds on the whole range.
  const value = fallback();
  const honouredSomewhere = rangesMeet(setting.nodeVersions, node);
  return { ms: honouredSomewhere ? lower(ms, value.ms) : value.ms, setting, basis: 'option-ignored', source: value.source, versions: value.versions };
}

function explicitMs(site: ServerSite, concept: ServerConcept, value: unknown, fallback: () => IdleTimeoutValue): number | null | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return undefined;
  if (value > 0) return value;
  switch (site.framework.zeroMeans[concept]?.effect) {
    case 'unlimited':
      return null;
    case 'default':
      return fallback().ms;
    default:
      return undefined;
  }
}

export type BalancerVerdict =
  /** Nothing pooling fronts the server (`settings.keepalive.frontedBy` unset, or only L4 devices). */
  | { readonly kind: 'inactive' }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'ok' }
  | {
      readonly kind: 'server-idle-below-balancer';
      readonly idle: ServerTimeout;
      /** The balancer that keeps idle connections longest. */
      readonly balancer: Target;
      /** The server's idle timeout must be above this. */
      readonly requiredAboveMs: number;
      readonly keepAliveMs: number;
      /** The `headersTimeout` to write with it, when the current one would not be above it; `null` when none is needed or safe. */
      readonly headersMs: number | null;
    };

/** Compares a server's idle timeout with every balancer in front of it (`frontedBy`, L4 devices aside). */
export function balancerVerdict(site: ServerSite, targets: Targets): BalancerVerdict {
  const balancer = longestPoolingBalancer(targets.frontedBy);
  if (!balancer) return { kind: 'inactive' };
  const idle = serverTimeout(site, 'keepAliveTimeoutMs', targets.node, targets.go);
  if (!idle) return { kind: 'unknown' };
  const balancerMs = balancer.idleTimeoutMs!;
  const requiredAboveMs = balancerMs + targets.marginMs;
  if (idle.ms === null || idle.ms > requiredAboveMs) return { kind: 'ok' };
  // The headroom must also clear a margin larger than it, so the suggested value is never reported again.
  const keepAliveMs = balancerMs + Math.max(SUGGESTED_HEADROOM_MS, targets.marginMs + HEADERS_ABOVE_KEEPALIVE_MS);
  const headersMs = runsOnNode(site) ? headersToWrite(site, keepAliveMs, targets.node) : null;
  return { kind: 'server-idle-below-balancer', idle, balancer, requiredAboveMs, keepAliveMs, headersMs };
}

/**
 * The `headersTimeout` to set with a new `keepAliveTimeout`: one second above it, when the current value is not
 * above it already. Not when it would exceed a `requestTimeout` (Node.js rejects that in createServer options
 * and swaps the two timers on assignment), nor when either cannot be seen.
 */
function headersToWrite(site: ServerSite, keepAliveMs: number, node: string | null): number | null {
  const headers = serverTimeout(site, 'headersTimeoutMs', node);
  if (!headers || headers.ms === null || headers.ms > keepAliveMs) return null;
  const headersMs = keepAliveMs + HEADERS_ABOVE_KEEPALIVE_MS;
  return fitsRequestTimeout(site, headersMs, node) ? headersMs : null;
}

function fitsRequestTimeout(site: ServerSite, headersMs: number, node: string | null): boolean {
  const request = serverTimeout(site, 'requestTimeoutMs', node);
  return request === undefined || request.ms === null || request.ms >= headersMs;
}

export type HeadersVerdict =
  | { readonly kind: 'ok' }
  | {
      readonly kind: 'headers-timeout-not-above-keepalive';
      readonly headers: ServerTimeout;
      readonly keepAlive: ServerTimeout;
      /** The value to write. */
      readonly headersMs: number;
    };

/**
 * `server.headersTimeout` assigned at or below `keepAliveTimeout`, on Node.js versions where that closes reused
 * connections. Options are left out: every affected version ignores createServer's timeout options.
 */
export function headersVerdict(site: ServerSite, targets: Targets): HeadersVerdict {
  if (!runsOnNode(site)) return { kind: 'ok' };
  if (!rangesMeet(HEADERS_RACE_NODE, targets.node ?? ASSUMED_NODE)) return { kind: 'ok' };
  const setting = site.settings.headersTimeoutMs;
  if (setting.source !== 'explicit' || setting.via !== 'assignment') return { kind: 'ok' };
  const headers = serverTimeout(site, 'headersTimeoutMs', HEADERS_RACE_NODE);
  const keepAlive = serverTimeout(site, 'keepAliveTimeoutMs', HEADERS_RACE_NODE);
  if (!headers || !keepAlive || headers.ms === null || keepAlive.ms === null || headers.ms > keepAlive.ms) return { kind: 'ok' };
  // requestTimeout, which may not sit below headersTimeout, only exists from v14.11: no conflict on these versions.
  return { kind: 'headers-timeout-not-above-keepalive', headers, keepAlive, headersMs: keepAlive.ms + HEADERS_ABOVE_KEEPALIVE_MS };
}

/** Node.js's own timer rules (the headers timer that counted idle time) hold for Node.js servers only. */
function runsOnNode(site: ServerSite): boolean {
  return (site.framework.runsOn ?? 'node') === 'node';
}

/** The balancer keeping idle connections longest; L4 devices pool nothing, and `null` (never closes) sets no bound. */
function longestPoolingBalancer(frontedBy: readonly Target[]): Target | undefined {
  let longest: Target | undefined;
  for (const target of frontedBy) {
    if (target.kind === 'l4' || target.idleTimeoutMs === null) continue;
    if (!longest || target.idleTimeoutMs > longest.idleTimeoutMs!) longest = target;
  }
  return longest;
}

/**
 * A default for the targeted versions. Node.js defaults follow `node`: every value whose range meets it counts
 * and the lowest wins (a range spanning a change is only safe with the lower). A framework's own versions
 * cannot be seen in source, so its newest default applies.
 */
function pickDefault(defaults: ServerDefaults, node: string): IdleTimeoutValue {
  const newest = defaults.values[0]!;
  if (defaults.of === 'framework') return newest;
  const matching = defaults.values.filter((value) => rangesMeet(value.versions, node));
  if (matching.length === 0) return newest;
  return matching.reduce((low, value) => ((value.ms ?? Infinity) < (low.ms ?? Infinity) ? value : low));
}

function lower(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}
