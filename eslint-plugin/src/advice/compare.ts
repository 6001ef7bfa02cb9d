import { COMMON_BALANCER_IDS, COMMON_MIDDLEBOX_IDS, COMMON_SERVER_IDS } from '../catalog/common';
import { servers as catalogue } from '../catalog/servers';
import type { Target, Targets } from '../targets';
import { idleTimeoutFor } from '../targets/resolve-entry';
import { cappedIdleTimeout } from './capped-strategy';

/**
 * How one idle timeout compares with one on the other end of the connection. A client pool must close idle
 * sockets before the server does; a server must keep them open longer than the balancer pooling towards it.
 */
export type IdleRelation =
  /** Client: closes idle sockets at least the margin before the server does. */
  | 'below'
  /** Server: keeps idle connections open at least the margin longer than the balancer does. */
  | 'above'
  /** On the right side of the other end's timeout, but by less than the margin: the race is still open. */
  | 'within-margin'
  /** Client: at or above the server's timeout, or never closes while the server does. */
  | 'not-below'
  /** Server: at or below the balancer's timeout. */
  | 'not-above'
  /** Client: the server never closes idle connections itself, so there is nothing to race. */
  | 'server-keeps'
  /** Server: the balancer sets no idle timeout, so there is no bound to stay above. */
  | 'no-bound';

export interface IdleComparison {
  readonly target: Target;
  readonly relation: IdleRelation;
  /** Client: the longest safe idle time (target minus margin). Server: the value to stay above (target plus margin). */
  readonly limitMs: number | null;
  /** For a catalogue server, the product versions its value holds for (`null`: all, or not known). */
  readonly versions: string | null;
}


/** @param clientIdleMs how long the client keeps an idle socket; `null` = never closes it. */
export function compareIdle(clientIdleMs: number | null, target: Target, targets: Targets): IdleComparison {
  const limitMs = cappedIdleTimeout(targets, [target])?.ms ?? null;
  return { target, relation: clientRelation(clientIdleMs, target.idleTimeoutMs, limitMs), limitMs, versions: null };
}

export function compareWithTargets(clientIdleMs: number | null, targets: Targets): IdleComparison[] {
  return targets.servers.map((target) => compareIdle(clientIdleMs, target, targets));
}

/** @param serverIdleMs how long the server keeps an idle connection; `null` = never closes it. */
export function compareServerIdle(serverIdleMs: number | null, balancer: Target, targets: Targets): IdleComparison {
  const limitMs = balancer.idleTimeoutMs === null ? null : balancer.idleTimeoutMs + targets.marginMs;
  return { target: balancer, relation: serverRelation(serverIdleMs, balancer.idleTimeoutMs, limitMs), limitMs, versions: null };
}

/** Against every balancer in `frontedBy` that pools connections (L4 devices do not). */
export function compareWithBalancers(serverIdleMs: number | null, targets: Targets): IdleComparison[] {
  return targets.frontedBy.filter((target) => target.kind !== 'l4').map((target) => compareServerIdle(serverIdleMs, target, targets));
}

const COMMON_IDS: Readonly<Record<'client' | 'middlebox' | 'server', readonly string[]>> = {
  client: COMMON_SERVER_IDS,
  middlebox: COMMON_MIDDLEBOX_IDS,
  server: COMMON_BALANCER_IDS,
};

/**
 * The same comparisons against common catalogue entries: servers for a client's idle timeout, middleboxes for its
 * keep-alive cap, balancers for a server. Without a known version the shortest value any version uses applies
 * (the safe reading for a client); Node follows the project's Node range.
 */
export function compareWithCatalogue(idleMs: number | null, targets: Targets, side: 'client' | 'middlebox' | 'server'): IdleComparison[] {
  const comparisons: IdleComparison[] = [];
  for (const id of COMMON_IDS[side]) {
    const entry = catalogue.find((candidate) => candidate.id === id);
    if (!entry) continue;
    const value = idleTimeoutFor(entry, entry.id === 'node' ? (targets.node ?? '*') : '*');
    const target: Target = {
      id: entry.id,
      name: entry.name,
      kind: entry.kind,
      idleTimeoutMs: value.ms,
      source: value.source,
      closes: entry.closes,
      assumed: false,
    };
    const comparison = side === 'server' ? compareServerIdle(idleMs, target, targets) : compareIdle(idleMs, target, targets);
    comparisons.push({ ...comparison, versions: value.versions === '*' ? null : value.versions });
  }
  return comparisons;
}

const SEVERITY: Readonly<Record<IdleRelation, number>> = {
  'not-below': 0,
  'not-above': 0,
  'within-margin': 1,
  below: 2,
  above: 2,
  'server-keeps': 3,
  'no-bound': 3,
};

/**
 * The comparison that decides a verdict: the worst relation; among equals, the tightest other end (for a
 * client the shortest server timeout, for a server the longest balancer timeout).
 */
export function decidingComparison(comparisons: readonly IdleComparison[], side: 'client' | 'server' = 'client'): IdleComparison | undefined {
  const direction = side === 'client' ? 1 : -1;
  const tightest = (a: IdleComparison, b: IdleComparison) => direction * (orInfinity(a.target.idleTimeoutMs) - orInfinity(b.target.idleTimeoutMs)) || 0;
  return [...comparisons].sort((a, b) => SEVERITY[a.relation] - SEVERITY[b.relation] || tightest(a, b))[0];
}

function orInfinity(ms: number | null): number {
  return ms ?? Number.POSITIVE_INFINITY;
}

function clientRelation(clientMs: number | null, serverMs: number | null, capMs: number | null): IdleRelation {
  if (serverMs === null) return 'server-keeps';
  if (clientMs === null) return 'not-below';
  if (capMs !== null && clientMs <= capMs) return 'below';
  return clientMs < serverMs ? 'within-margin' : 'not-below';
}

function serverRelation(serverMs: number | null, balancerMs: number | null, boundMs: number | null): IdleRelation {
  if (balancerMs === null || boundMs === null) return 'no-bound';
  if (serverMs === null || serverMs > boundMs) return 'above';
  return serverMs > balancerMs ? 'within-margin' : 'not-above';
}
