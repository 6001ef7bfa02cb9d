import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

interface JsonInventory {
  rows: { file: string; line: number; product: string; roles: string[]; value: string; how: string; source: string; from: string }[];
  pairs: { kind: string; subject: { file: string; line: number }; other: { file: string; line: number } }[];
  problems: { file: string; message: string }[];
}

describe('keepalive-lint --inventory', () => {
  it('prints the example repository’s map: config files and code, and each pair that races', () => {
    const run = runCli(['--inventory', 'examples/deployed-service']);
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stdout.split('\n');
    assert.equal(lines[0], 'Idle timeouts under examples/deployed-service', 'the folder as given, not an absolute path');
    const row = (location: string) => lines.find((line) => line.startsWith(`${location} `))?.replace(/\s+/g, ' ');
    assert.equal(row('deploy/nginx.conf:5'), 'deploy/nginx.conf:5 nginx server 15 s set keepalive_timeout 15s');
    assert.match(row('deploy/nginx.conf:8') ?? '', /^deploy\/nginx\.conf:8 nginx-upstream balancer 60 s default keepalive_timeout unset: nginx\/nginx:src\/http\/modules\/ngx_http_upstream_keepalive_module\.c/);
    assert.equal(row('infra/main.tf:10'), 'infra/main.tf:10 aws-alb server, balancer 2 min set idle_timeout = var.web_idle_timeout');
    assert.equal(row('web/src/orders-client.ts:5'), 'web/src/orders-client.ts:5 undici client 60 s set `undici.Agent` keepAliveTimeout');
    assert.match(run.stdout, /web\/src\/orders-client\.ts:5 undici pool keeps idle connections 60 s, but deploy\/nginx\.conf:5 nginx closes them after 15 s\./);
    assert.match(run.stdout, /web\/src\/server\.ts:5 node-http server closes idle connections after 65 s, but infra\/main\.tf:10 aws-alb in front keeps them 2 min\./);
    assert.match(run.stdout, /pricing\/main\.go:13 go-net-http server closes idle connections after 30 s, but deploy\/nginx\.conf:16 nginx-upstream in front keeps them 90 s\./);
    assert.match(run.stdout, /InventoryClient\.java:18 apache-httpclient-5 pool keeps idle connections 60 s, but deploy\/nginx\.conf:5 nginx closes them after 15 s\./);
  });

  it('--format json: every row with its file, line, roles and source', () => {
    const run = runCli(['--inventory', 'examples/deployed-service', '--format', 'json']);
    const inventory = JSON.parse(run.stdout) as JsonInventory;
    const code = inventory.rows.filter((r) => r.from === 'code').map((r) => `${r.file}:${r.line} ${r.product} ${r.roles.join('+')} ${r.value}`);
    // Every language the CLI lints: the Java client (inventory/), the Go server (pricing/), the Node web tier.
    assert.deepEqual(code, [
      'inventory/src/main/java/com/example/inventory/InventoryClient.java:18 apache-httpclient-5 client 60 s',
      'pricing/main.go:13 go-net-http server 30 s',
      'web/src/orders-client.ts:5 undici client 60 s',
      'web/src/server.ts:5 node-http server 65 s',
    ]);
    const config = inventory.rows.filter((r) => r.from === 'config').map((r) => `${r.file}:${r.line} ${r.product} ${r.how}`);
    assert.deepEqual(config, [
      'deploy/nginx.conf:5 nginx set',
      'deploy/nginx.conf:8 nginx-upstream default',
      'deploy/nginx.conf:16 nginx-upstream set',
      'infra/main.tf:10 aws-alb set',
      'inventory/src/main/resources/application.properties:4 spring-boot-tomcat set',
    ]);
    assert.deepEqual(
      inventory.pairs.map((p) => `${p.kind} ${p.subject.file}:${p.subject.line} ${p.other.file}:${p.other.line}`),
      [
        'pool-outlives-server inventory/src/main/java/com/example/inventory/InventoryClient.java:18 deploy/nginx.conf:5',
        'pool-outlives-server inventory/src/main/java/com/example/inventory/InventoryClient.java:18 inventory/src/main/resources/application.properties:4',
        'pool-outlives-server web/src/orders-client.ts:5 deploy/nginx.conf:5',
        'pool-outlives-server web/src/orders-client.ts:5 inventory/src/main/resources/application.properties:4',
        'server-below-balancer pricing/main.go:13 deploy/nginx.conf:8',
        'server-below-balancer pricing/main.go:13 deploy/nginx.conf:16',
        'server-below-balancer pricing/main.go:13 infra/main.tf:10',
        'server-below-balancer web/src/server.ts:5 deploy/nginx.conf:16',
        'server-below-balancer web/src/server.ts:5 infra/main.tf:10',
        'server-below-balancer inventory/src/main/resources/application.properties:4 deploy/nginx.conf:8',
        'server-below-balancer inventory/src/main/resources/application.properties:4 deploy/nginx.conf:16',
        'server-below-balancer inventory/src/main/resources/application.properties:4 infra/main.tf:10',
      ],
    );
    assert.deepEqual(inventory.problems, []);
  });

  describe('on a folder of its own', () => {
    let folder: string;
    beforeEach(() => {
      folder = mkdtempSync(join(tmpdir(), 'keepalive-inventory-'));
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    it('exits 0 when nothing races, lists unknown values without pairing them, and names files it could not read', () => {
      mkdirSync(join(folder, 'deploy'));
      writeFileSync(join(folder, 'deploy', 'nginx.conf'), 'http { keepalive_timeout 75s; }\n');
      writeFileSync(join(folder, 'deploy', 'haproxy.cfg'), 'frontend web\n  timeout client $CLIENT_TIMEOUT\n');
      mkdirSync(join(folder, 'conf.d'));
      writeFileSync(join(folder, 'conf.d', 'broken.conf'), 'server {\n');
      writeFileSync(join(folder, 'client.js'), "const http = require('http');\nmodule.exports = new http.Agent({ keepAlive: true, timeout: 4000 });\n");
      const run = runCli(['--inventory', folder]);
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /deploy\/haproxy\.cfg:2 +haproxy +server +unknown +unknown +timeout client \$CLIENT_TIMEOUT/);
      assert.match(run.stdout, /No unsafe pair/);
      assert.match(run.stdout, /Not read:\n {2}conf\.d\/broken\.conf: not read: unexpected end of file: a "\{" is never closed \(line 1, column 8\)/);
    });

    it('refuses a format it cannot print, and more than one folder', () => {
      assert.equal(runCli(['--inventory', folder, '--format', 'sarif']).status, 2);
      const two = runCli(['--inventory', folder, folder]);
      assert.equal(two.status, 2);
      assert.match(two.stderr, /--inventory takes one folder/);
    });
  });
});
