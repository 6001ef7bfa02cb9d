import type { Node } from 'yaml';
import { goDuration } from './durations';
import { defaultTimeout, idleOf, writtenTimeout, type ConfigFile } from './entries';
import type { DiscoveredTimeout } from './types';
import { at, entries, entry, scalar, written } from './yaml-tree';

/**
 * Traefik's static configuration (`traefik.yml`): each entry point's `transport.respondingTimeouts.idleTimeout` is
 * what its clients see (unset: 180 s); `serversTransport.forwardingTimeouts.idleConnTimeout` is its pool towards the
 * services behind it (unset: 90 s). Durations as Go writes them, a bare number being seconds.
 */
export function readTraefik(text: string, documents: readonly Node[], config: ConfigFile): DiscoveredTimeout[] {
  const found: DiscoveredTimeout[] = [];
  for (const document of documents) {
    for (const [name, entryPoint] of entries(entry(document, 'entryPoints')?.node)) {
      const idle = at(entryPoint.node, ['transport', 'respondingTimeouts', 'idleTimeout']);
      const context = `entryPoint ${name}`;
      if (idle) found.push(writtenTimeout(config, { range: idle.range, product: 'traefik', roles: ['server'], directive: written(text, idle.range), context }, duration(idle.node)));
      else found.push(defaultTimeout(config, { range: entryPoint.keyRange, product: 'traefik', roles: ['server'], directive: 'respondingTimeouts.idleTimeout unset', context }));
    }
    if (!entry(document, 'entryPoints')) continue;
    const upstream = at(document, ['serversTransport', 'forwardingTimeouts', 'idleConnTimeout']);
    const context = 'serversTransport';
    if (upstream) found.push(writtenTimeout(config, { range: upstream.range, product: 'traefik-upstream', roles: ['balancer'], directive: written(text, upstream.range), context }, duration(upstream.node)));
    else found.push(defaultTimeout(config, { range: entry(document, 'entryPoints')!.keyRange, product: 'traefik-upstream', roles: ['balancer'], directive: 'forwardingTimeouts.idleConnTimeout unset', context }));
  }
  return found;
}

function duration(node: Node) {
  const value = scalar(node);
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
  const ms = goDuration(text, { bareSeconds: true, days: false });
  // Go's http.Server reads a zero IdleTimeout as "fall back to ReadTimeout": not a value to compare.
  return ms === 0 ? { state: 'unknown' as const, why: '0 falls back to the read timeout' } : idleOf(ms, text);
}
