import { catalogueEntry } from '../discovery/entries';
import { discoverNow, discoveryRootOf } from '../discovery/discover';
import type { DiscoveredRole, DiscoveredTimeout, Discovery } from '../discovery/types';
import type { DiscoveredTargets } from './read-targets';
import { DISCOVERED } from './schema';
import type { Target } from './types';

/** Whether `settings.keepalive` names `'discovered'` in `servers` or `frontedBy` (alone or in a list). */
export function mentionsDiscovered(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { servers, frontedBy } = raw as Record<string, unknown>;
  return [servers, frontedBy].some((value) => value === DISCOVERED || (Array.isArray(value) && value.includes(DISCOVERED)));
}

/** The discovery of a linted file's repository (see `discoveryRootOf`), as it stands now. */
export function discoveryFor(filename: string, cwd: string): Discovery {
  return discoverNow(discoveryRootOf(filename, cwd));
}

/**
 * What `'discovered'` stands for: every discovered timeout with a known value, as a target of each role it plays.
 * A value discovery cannot see, or keep-alive switched off, is never a target.
 */
export function discoveredTargetsOf(discovery: Discovery): DiscoveredTargets {
  const as = (role: DiscoveredRole) => discovery.timeouts.flatMap((timeout) => (timeout.roles.includes(role) && timeout.idle.state === 'known' ? [targetOf(timeout, timeout.idle.ms, discovery.root)] : []));
  return { servers: as('server'), balancers: as('balancer') };
}

function targetOf(timeout: DiscoveredTimeout, ms: number | null, root: string): Target {
  return {
    id: timeout.product,
    name: timeout.productName,
    kind: timeout.kind,
    idleTimeoutMs: ms,
    source: timeout.source,
    closes: catalogueEntry(timeout.product).closes,
    assumed: false,
    origin: { root, file: timeout.file, line: timeout.range.start.line, directive: timeout.directive, origin: timeout.origin },
  };
}
