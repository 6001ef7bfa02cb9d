import type { Node } from 'yaml';
import { protobufDuration } from './durations';
import { defaultTimeout, idleOf, writtenTimeout, type ConfigFile } from './entries';
import type { DiscoveredIdle, DiscoveredTimeout } from './types';
import { at, entries, entry, items, scalar, written, type YamlValue } from './yaml-tree';

const HTTP_PROTOCOL_OPTIONS = 'envoy.extensions.upstreams.http.v3.HttpProtocolOptions';

/**
 * Envoy's bootstrap YAML (`static_resources`): each HTTP connection manager's
 * `common_http_protocol_options.idle_timeout` is what its clients see; each cluster's (in its `HttpProtocolOptions`
 * extension, or the older field on the cluster) is Envoy's own pool towards the cluster. Unset: 1 h; `0s`: none.
 */
export function readEnvoy(text: string, documents: readonly Node[], config: ConfigFile): DiscoveredTimeout[] {
  const found: DiscoveredTimeout[] = [];
  for (const document of documents) {
    const resources = at(document, ['static_resources'])?.node;
    for (const listener of items(entry(resources, 'listeners')?.node)) {
      const listenerName = String(scalar(entry(listener, 'name')?.node) ?? '');
      for (const chain of items(entry(listener, 'filter_chains')?.node)) {
        for (const filter of items(entry(chain, 'filters')?.node)) {
          const typed = entry(filter, 'typed_config')?.node;
          const type = String(scalar(entry(typed, '@type')?.node) ?? '');
          if (!type.endsWith('HttpConnectionManager')) continue;
          const options = at(typed, ['common_http_protocol_options', 'idle_timeout']);
          const context = `listener ${listenerName}`.trim();
          found.push(options ? timeout(text, config, options, 'envoy', 'server', context) : defaultTimeout(config, { range: entry(filter, 'typed_config')!.range, product: 'envoy', roles: ['server'], directive: 'common_http_protocol_options.idle_timeout unset', context }));
        }
      }
    }
    for (const cluster of items(entry(resources, 'clusters')?.node)) {
      const name = entry(cluster, 'name');
      const context = `cluster ${String(scalar(name?.node) ?? '')}`.trim();
      const extension = entries(entry(cluster, 'typed_extension_protocol_options')?.node).find(([key]) => key === HTTP_PROTOCOL_OPTIONS)?.[1];
      const idle = at(extension?.node, ['common_http_protocol_options', 'idle_timeout']) ?? at(cluster, ['common_http_protocol_options', 'idle_timeout']);
      found.push(idle ? timeout(text, config, idle, 'envoy-upstream', 'balancer', context) : defaultTimeout(config, { range: (name ?? { range: [cluster.range![0], cluster.range![1]] }).range, product: 'envoy-upstream', roles: ['balancer'], directive: 'common_http_protocol_options.idle_timeout unset', context }));
    }
  }
  return found;
}

function timeout(text: string, config: ConfigFile, value: YamlValue, product: string, role: 'server' | 'balancer', context: string): DiscoveredTimeout {
  const raw = value.node.toJSON() as unknown;
  const ms = protobufDuration(raw);
  // "If set to 0, the timeout will be disabled": Envoy then never closes an idle connection.
  const idle: DiscoveredIdle = ms === 0 ? { state: 'known', ms: null } : idleOf(ms, written(text, value.range));
  return writtenTimeout(config, { range: value.range, product, roles: [role], directive: written(text, value.range), context }, idle);
}
