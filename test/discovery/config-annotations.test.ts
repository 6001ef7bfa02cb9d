import assert from 'node:assert/strict';
import { configAnnotations, readConfigFile, type CodeTimeout, type DiscoveredTimeout } from 'eslint-plugin-keepalive/inspect';

function timeouts(path: string, kind: 'nginx', text: string): readonly DiscoveredTimeout[] {
  const reading = readConfigFile(path, kind, text);
  assert.equal(reading.kind, 'read');
  return reading.kind === 'read' ? reading.timeouts : [];
}

const NGINX = 'http {\n  keepalive_timeout 15s;\n  upstream app { server app:3000; keepalive 8; }\n  upstream off { server off:80; keepalive 0; }\n}\n';

const CODE: readonly CodeTimeout[] = [
  { role: 'client', ms: 60_000, label: '`undici.Agent`', location: 'web/orders.ts:5', uri: 'file:///repo/web/orders.ts#L5' },
  { role: 'client', ms: 30_000, label: '`http.Agent`', location: 'web/search.ts:3' },
  { role: 'client', ms: 4_000, label: '`http.Agent`', location: 'web/fast.ts:2' },
  { role: 'server', ms: 20_000, label: '`http.createServer()`', location: 'api/server.ts:8' },
];

describe('discovery: annotations of a config file', () => {
  it('after a server’s idle timeout: the pools in the repository that outlive it, with links in the hover', () => {
    const [server] = configAnnotations(timeouts('deploy/nginx.conf', 'nginx', NGINX), CODE);
    assert.equal(server!.hint, '15 s · 2 pools in this repo keep idle 60 s ✗');
    assert.deepEqual([server!.range.start.line, server!.range.start.column], [2, 2]);
    assert.match(server!.hover, /^\*\*nginx\*\* `keepalive_timeout 15s` \(http\): \*\*15 s\*\* — set here/);
    assert.match(server!.hover, /\| \[web\/orders\.ts:5\]\(file:\/\/\/repo\/web\/orders\.ts#L5\) \| `undici\.Agent` \| 60 s \| ✗ \|/);
    assert.match(server!.hover, /\| web\/fast\.ts:2 \| `http\.Agent` \| 4 s \| ✓ \|/);
  });

  it('after a balancer’s: the servers that close first; keep-alive off says so', () => {
    const [, upstream, off] = configAnnotations(timeouts('deploy/nginx.conf', 'nginx', NGINX), CODE);
    assert.equal(upstream!.hint, 'default 60 s · 1 server in this repo closes after 20 s ✗');
    assert.equal(off!.hint, 'keep-alive off');
  });

  it('says all is well when every pool closes first, and shows the bare value with no code to compare', () => {
    const [server] = configAnnotations(timeouts('nginx.conf', 'nginx', 'http { keepalive_timeout 75s; }'), CODE.filter((entry) => entry.role === 'client'));
    assert.equal(server!.hint, '75 s · 3 pools close first ✓');
    assert.equal(configAnnotations(timeouts('nginx.conf', 'nginx', 'http { keepalive_timeout 75s; }'), [])[0]!.hint, '75 s');
  });
});
