import { compareIdle, compareServerIdle, type IdleRelation } from '../advice/compare';
import { formatDuration } from '../advice/format';
import type { DiscoveredTimeout } from '../discovery/types';
import { catalogueEntry } from '../discovery/entries';
import { readTargets, type Target } from '../targets';
import type { SourceRange } from './types';

/** A pool or server of the repository's code, as the annotations of a config file list it. */
export interface CodeTimeout {
  readonly role: 'client' | 'server';
  /** `null`: never closes idle connections. */
  readonly ms: number | null;
  /** How it is named: `` `undici.Agent` `` or `` `http.createServer()` ``. */
  readonly label: string;
  /** `web/src/client.ts:5`. */
  readonly location: string;
  /** A link to it, when the editor has one. */
  readonly uri?: string;
}

/** What an editor shows on one timeout of a config file: a hint after it and a hover. */
export interface ConfigAnnotation {
  readonly range: SourceRange;
  readonly hint: string;
  readonly hover: string;
}

const RACING: ReadonlySet<IdleRelation> = new Set(['not-below', 'not-above', 'within-margin']);

/**
 * The annotations of a config file's timeouts against the code's pools and servers: `15 s · 2 pools in this repo keep
 * idle 60 s ✗` after a server's idle timeout, `60 s · 1 server in this repo closes after 20 s ✗` after a balancer's,
 * with the pools or servers (and links to them) in the hover.
 */
export function configAnnotations(timeouts: readonly DiscoveredTimeout[], code: readonly CodeTimeout[], marginMs?: number): ConfigAnnotation[] {
  const targets = readTargets(marginMs === undefined ? {} : { marginMs }, null);
  return timeouts.map((timeout) => {
    const heading = `**${timeout.productName}** \`${timeout.directive}\` (${timeout.context})`;
    if (timeout.idle.state === 'disabled') return { range: timeout.range, hint: 'keep-alive off', hover: `${heading}: keep-alive is off, so no connection is reused and none can go stale.` };
    if (timeout.idle.state === 'unknown') return { range: timeout.range, hint: 'unknown', hover: `${heading}: not compared, ${timeout.idle.why}.` };
    const ms = timeout.idle.ms;
    const target: Target = { id: timeout.product, name: timeout.productName, kind: timeout.kind, idleTimeoutMs: ms, source: timeout.source, closes: catalogueEntry(timeout.product).closes, assumed: false };
    const value = formatDuration(ms);
    const pools = timeout.roles.includes('server') ? code.filter((entry) => entry.role === 'client').map((entry) => ({ entry, racing: RACING.has(compareIdle(entry.ms, target, targets).relation) })) : [];
    const servers = timeout.roles.includes('balancer') && timeout.kind !== 'l4' ? code.filter((entry) => entry.role === 'server').map((entry) => ({ entry, racing: RACING.has(compareServerIdle(entry.ms, target, targets).relation) })) : [];
    const parts: string[] = [];
    const racingPools = pools.filter((pool) => pool.racing).map((pool) => pool.entry);
    const racingServers = servers.filter((server) => server.racing).map((server) => server.entry);
    if (racingPools.length > 0) parts.push(`${count(racingPools.length, 'pool')} in this repo keep${racingPools.length === 1 ? 's' : ''} idle ${longest(racingPools)} ✗`);
    else if (pools.length > 0) parts.push(`${count(pools.length, 'pool')} close${pools.length === 1 ? 's' : ''} first ✓`);
    if (racingServers.length > 0) parts.push(`${count(racingServers.length, 'server')} in this repo close${racingServers.length === 1 ? 's' : ''} after ${shortest(racingServers)} ✗`);
    else if (servers.length > 0) parts.push(`${count(servers.length, 'server')} stay${servers.length === 1 ? 's' : ''} open longer ✓`);
    const hint = [timeout.origin === 'default' ? `default ${value}` : value, ...parts].join(' · ');
    const rows = [...pools, ...servers].map(({ entry, racing }) => `| ${entry.uri ? `[${entry.location}](${entry.uri})` : entry.location} | ${entry.label} | ${formatDuration(entry.ms)} | ${racing ? '✗' : '✓'} |`);
    const how = timeout.origin === 'set' ? 'set here' : `default: ${timeout.source}`;
    const hover = [`${heading}: **${value}** — ${how}`, ...(rows.length > 0 ? ['', '| in this repo | | idle | |', '| --- | --- | --- | --- |', ...rows] : [])].join('\n');
    return { range: timeout.range, hint, hover };
  });
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function longest(entries: readonly CodeTimeout[]): string {
  return entries.some((entry) => entry.ms === null) ? 'forever' : formatDuration(Math.max(...entries.map((entry) => entry.ms!)));
}

function shortest(entries: readonly CodeTimeout[]): string {
  return formatDuration(Math.min(...entries.map((entry) => entry.ms ?? Number.POSITIVE_INFINITY)));
}
