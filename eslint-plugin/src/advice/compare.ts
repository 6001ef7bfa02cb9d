import { servers as catalogue } from '../catalog/servers';
import type { Target, Targets } from '../targets';
import { idleTimeoutFor } from '../targets/resolve-entry';
import { cappedIdleTimeout } from './capped-strategy';

/** How long a client keeps an idle socket, compared with how long one server keeps the connection. */
export type IdleRelation =
  /** The client closes the socket at least the margin before the server does. */
  | 'below'
  /** Below the server's timeout, but by less than the margin: the race is still open. */
  | 'within-margin'
  /** At or above the server's timeout, or never closed while the server closes. */
  | 'not-below'
  /** The server never closes idle connections itself: nothing to race. */
  | 'server-keeps';

export interface IdleComparison {
  readonly target: Target;
  readonly relation: IdleRelation;
  /** The longest safe client idle time for this target: its idle timeout minus the margin. */
  readonly capMs: number | null;
}

/**
 * Servers a reader meets most often, shown next to the configured targets so a value can be judged for
 * the next deployment too: origins on short and long defaults, a proxy, an HTTP balancer and an L4 one.
 */
export const COMMON_SERVER_IDS: readonly string[] = [
  'node',
  'fastify',
  'apache-httpd',
  'gunicorn',
  'uvicorn',
  'tomcat',
  'nginx',
  'haproxy',
  'aws-alb',
  'azure-lb',
];

/** @param clientIdleMs how long the client keeps an idle socket; `null` = never closes it. */
export function compareIdle(clientIdleMs: number | null, target: Target, targets: Targets): IdleComparison {
  const capMs = cappedIdleTimeout(targets, [target])?.ms ?? null;
  return { target, relation: relationOf(clientIdleMs, target.idleTimeoutMs, capMs), capMs };
}

export function compareWithTargets(clientIdleMs: number | null, targets: Targets): IdleComparison[] {
  return targets.servers.map((target) => compareIdle(clientIdleMs, target, targets));
}

/**
 * The same comparison against the common catalogue servers. Without a known version the shortest value any
 * version uses applies (the safe reading); Node follows the project's Node range.
 */
export function compareWithCatalogue(clientIdleMs: number | null, targets: Targets): IdleComparison[] {
  const comparisons: IdleComparison[] = [];
  for (const id of COMMON_SERVER_IDS) {
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
    comparisons.push(compareIdle(clientIdleMs, target, targets));
  }
  return comparisons;
}

const SEVERITY: Readonly<Record<IdleRelation, number>> = { 'not-below': 0, 'within-margin': 1, below: 2, 'server-keeps': 3 };

/** The comparison that decides a verdict: the worst relation, and among equals the shortest server timeout. */
export function decidingComparison(comparisons: readonly IdleComparison[]): IdleComparison | undefined {
  const shortestFirst = (a: IdleComparison, b: IdleComparison) =>
    (a.target.idleTimeoutMs ?? Number.POSITIVE_INFINITY) - (b.target.idleTimeoutMs ?? Number.POSITIVE_INFINITY);
  return [...comparisons].sort((a, b) => SEVERITY[a.relation] - SEVERITY[b.relation] || shortestFirst(a, b))[0];
}

function relationOf(clientMs: number | null, serverMs: number | null, capMs: number | null): IdleRelation {
  if (serverMs === null) return 'server-keeps';
  if (clientMs === null) return 'not-below';
  if (capMs !== null && clientMs <= capMs) return 'below';
  return clientMs < serverMs ? 'within-margin' : 'not-below';
}
