import { children, parseDirectives, writtenText, type Directive } from './brace-config';
import { goDuration } from './durations';
import { defaultTimeout, idleOf, writtenTimeout, type ConfigFile } from './entries';
import type { DiscoveredIdle, DiscoveredTimeout } from './types';

/**
 * A Caddyfile: `servers { timeouts { idle … } }` in the global options is what clients see (unset: 5 min); each
 * `reverse_proxy` keeps its pool towards the upstreams for `transport http { keepalive … }` (unset: 2 min; `off`
 * switches pooling off).
 */
export function readCaddyfile(text: string, config: ConfigFile): DiscoveredTimeout[] {
  const top = parseDirectives(text, { lineEnds: true });
  const global = top.find((directive) => directive.name.text === '');
  const sites = top.filter((directive) => directive.name.text !== '' && directive.block);
  const found: DiscoveredTimeout[] = [];
  const idle = children(global?.block, 'servers').flatMap((servers) => children(servers.block, 'timeouts')).flatMap((timeouts) => children(timeouts.block, 'idle')).at(-1);
  if (idle) found.push(writtenTimeout(config, { range: idle.range, product: 'caddy', roles: ['server'], directive: `timeouts ${writtenText(text, idle)}`, context: 'servers' }, duration(idle.args[0]?.text ?? '')));
  else if (sites[0]) found.push(defaultTimeout(config, { range: sites[0].range, product: 'caddy', roles: ['server'], directive: 'timeouts idle unset', context: 'servers' }));
  for (const proxy of sites.flatMap((site) => reverseProxies(site.block ?? []))) {
    const context = `reverse_proxy ${proxy.args.map((word) => word.text).join(' ')}`.trim();
    const keepalive = children(proxy.block, 'transport')
      .filter((transport) => transport.args[0]?.text === 'http')
      .flatMap((transport) => children(transport.block, 'keepalive'))
      .at(-1);
    if (!keepalive) {
      found.push(defaultTimeout(config, { range: proxy.range, product: 'caddy-upstream', roles: ['balancer'], directive: 'keepalive unset', context }));
      continue;
    }
    const value = keepalive.args[0]?.text ?? '';
    const state: DiscoveredIdle = value === 'off' ? { state: 'disabled' } : duration(value);
    found.push(writtenTimeout(config, { range: keepalive.range, product: 'caddy-upstream', roles: ['balancer'], directive: writtenText(text, keepalive), context }, state));
  }
  return found;
}

/** `reverse_proxy` directives anywhere in a site (inside `handle`, `route`, matchers' blocks). */
function reverseProxies(directives: readonly Directive[]): Directive[] {
  return directives.flatMap((directive) => (directive.name.text === 'reverse_proxy' ? [directive] : reverseProxies(directive.block ?? [])));
}

function duration(text: string): DiscoveredIdle {
  return idleOf(goDuration(text, { bareSeconds: false, days: true }), text);
}
