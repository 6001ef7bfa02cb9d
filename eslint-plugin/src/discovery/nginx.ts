import { children, lastChild, parseDirectives, writtenText, type Directive } from './brace-config';
import { nginxDuration } from './durations';
import { defaultTimeout, idleOf, writtenTimeout, type ConfigFile } from './entries';
import type { DiscoveredIdle, DiscoveredTimeout } from './types';

const UPSTREAM_BY_DEFAULT = 'pooled by default only from nginx 1.29.7 (explicit upstream blocks); before that only with `keepalive N` and `proxy_http_version 1.1`';
const INCLUDED_SERVER = 'unless the http block that includes this file sets keepalive_timeout';

/**
 * nginx: `keepalive_timeout` in `http`, `server` and `location` is what clients of this nginx see (unset: 75 s, the
 * innermost setting wins); inside `upstream {}` it is nginx's own pool towards the servers behind it (unset: 60 s).
 * A file of `server {}` blocks is one that an `http` block includes (`conf.d/*.conf`).
 */
export function readNginx(text: string, config: ConfigFile): DiscoveredTimeout[] {
  const reader = new NginxReader(text, config);
  const top = parseDirectives(text, { lineEnds: false });
  for (const http of children(top, 'http')) reader.context(http.block ?? [], 'http', http, null);
  // Included snippets: `server` and `upstream` blocks (and a bare keepalive_timeout) at the top of the file.
  if (children(top, 'http').length === 0) reader.context(top, 'http (included)', null, INCLUDED_SERVER);
  return reader.found;
}

class NginxReader {
  readonly found: DiscoveredTimeout[] = [];
  constructor(
    private readonly text: string,
    private readonly config: ConfigFile,
  ) {}

  /** An `http` context: its own setting, its servers (which inherit it), its upstreams. */
  context(directives: readonly Directive[], name: string, block: Directive | null, note: string | null): void {
    const own = lastChild(directives, 'keepalive_timeout');
    const servers = children(directives, 'server');
    const inherited = servers.filter((server) => !lastChild(server.block, 'keepalive_timeout'));
    // The http-level value stands for every server that sets none; said once, where it is written.
    if (own) this.setting(own, name);
    else if (block && (servers.length === 0 || inherited.length > 0)) this.unset(block, name, null);
    for (const server of servers) {
      const serverName = `server ${lastChild(server.block, 'server_name')?.args.map((word) => word.text).join(' ') ?? ''}`.trim();
      const serverOwn = lastChild(server.block, 'keepalive_timeout');
      if (serverOwn) this.setting(serverOwn, serverName);
      else if (!own && !block) this.unset(server, serverName, note);
      this.locations(server.block ?? [], serverName);
    }
    for (const upstream of children(directives, 'upstream')) this.upstream(upstream);
  }

  private locations(directives: readonly Directive[], within: string): void {
    for (const location of children(directives, 'location')) {
      const name = `${within} location ${location.args.map((word) => word.text).join(' ')}`;
      const own = lastChild(location.block, 'keepalive_timeout');
      if (own) this.setting(own, name);
      this.locations(location.block ?? [], name);
    }
  }

  private setting(directive: Directive, context: string): void {
    const written = directive.args[0]?.text ?? '';
    this.found.push(
      writtenTimeout(this.config, { range: directive.range, product: 'nginx', roles: ['server'], directive: writtenText(this.text, directive), context }, this.idle(written)),
    );
  }

  private unset(block: Directive, context: string, note: string | null): void {
    const range = block.args.at(-1)?.range ?? block.name.range;
    this.found.push(
      defaultTimeout(this.config, { range: [block.name.range[0], range[1]], product: 'nginx', roles: ['server'], directive: 'keepalive_timeout unset', context, ...(note ? { note } : {}) }),
    );
  }

  /** nginx as the pooling client of the servers in an `upstream` block: the balancer in front of them. */
  private upstream(upstream: Directive): void {
    const context = `upstream ${upstream.args[0]?.text ?? ''}`.trim();
    const keepalive = lastChild(upstream.block, 'keepalive');
    const timeout = lastChild(upstream.block, 'keepalive_timeout');
    const base = { product: 'nginx-upstream', roles: ['balancer'] as const, context };
    if (keepalive?.args[0]?.text === '0') {
      this.found.push(writtenTimeout(this.config, { ...base, range: keepalive.range, directive: writtenText(this.text, keepalive) }, { state: 'disabled' }));
      return;
    }
    const note = keepalive ? undefined : UPSTREAM_BY_DEFAULT;
    if (timeout) {
      const directive = writtenText(this.text, timeout);
      this.found.push(writtenTimeout(this.config, { ...base, range: timeout.range, directive, ...(note ? { note } : {}) }, this.idle(timeout.args[0]?.text ?? '')));
    } else {
      const end = (upstream.args.at(-1) ?? upstream.name).range[1];
      this.found.push(defaultTimeout(this.config, { ...base, range: [upstream.name.range[0], end], directive: 'keepalive_timeout unset', ...(note ? { note } : {}) }));
    }
  }

  /** `0` switches keep-alive off: connections close after each response, so none can go stale. */
  private idle(written: string): DiscoveredIdle {
    const ms = nginxDuration(written);
    return ms === 0 ? { state: 'disabled' } : idleOf(ms, written);
  }
}
