import { compareIdle, compareServerIdle } from '../advice/compare';
import type { Discovery } from '../discovery/types';
import { discoveredTargetsOf } from '../targets/discovered';
import type { DiscoveredTargets } from '../targets/read-targets';
import type { Target, Targets } from '../targets/types';
import { comparisonView, targetView } from './comparison-view';
import type { ComparisonView, InspectedDiscovery } from './types';

/**
 * What discovery found in a file's repository, for an editor whether or not the settings name `'discovered'`: all of
 * it (`found`, for an editor's "use the servers discovered here"), and the part the settings do not already target
 * (`beside`, listed in hovers next to the catalogue's servers).
 */
export function discoveredFor(discovery: Discovery, targets: Targets): { readonly found: DiscoveredTargets; readonly beside: DiscoveredTargets } {
  const found = discoveredTargetsOf(discovery);
  const targeted = new Set([...targets.servers, ...targets.frontedBy].map(originKey));
  const beside = (list: readonly Target[]) => list.filter((target) => !targeted.has(originKey(target)));
  return { found, beside: { servers: beside(found.servers), balancers: beside(found.balancers) } };
}

export function discoveryView(found: DiscoveredTargets): InspectedDiscovery {
  return { servers: found.servers.map(targetView), balancers: found.balancers.map(targetView) };
}

/** A client's idle timeout against the discovered servers the settings do not target; absent when there are none. */
export function besideServers(ms: number | null, targets: Targets, beside: DiscoveredTargets | undefined): { discovered?: readonly ComparisonView[] } {
  if (!beside || beside.servers.length === 0) return {};
  return { discovered: beside.servers.map((server) => comparisonView(compareIdle(ms, server, targets))) };
}

/** A server's idle timeout against the discovered balancers (not L4 devices, which pool nothing) the settings do not target. */
export function besideBalancers(ms: number | null, targets: Targets, beside: DiscoveredTargets | undefined): { discovered?: readonly ComparisonView[] } {
  const balancers = beside?.balancers.filter((balancer) => balancer.kind !== 'l4') ?? [];
  if (balancers.length === 0) return {};
  return { discovered: balancers.map((balancer) => comparisonView(compareServerIdle(ms, balancer, targets))) };
}

/** Which config line a target was read from; a target from the settings or the catalogue has none. */
function originKey(target: Target): string {
  return target.origin ? `${target.origin.root}\0${target.origin.file}\0${target.origin.line}\0${target.id}` : `\0${target.id}`;
}
