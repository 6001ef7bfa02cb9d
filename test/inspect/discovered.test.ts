import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { codeTimeoutsOf, discover, forgetDiscoveries, hoverMarkdown, inspect, inspectSourceCode, listCodeFiles, type Discovery } from 'eslint-plugin-keepalive/inspect';
import { goFile } from '../go/go-rule-tester';

const CLIENT = "const http = require('node:http');\nconst agent = new http.Agent({ keepAlive: true, timeout: 30_000 });\n";
const SERVER = "const http = require('node:http');\nconst server = http.createServer();\nserver.listen(3000);\n";

describe('inspect: what discovery found, for editors', () => {
  let root: string;
  let discovery: Discovery;
  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'keepalive-inspect-'));
    mkdirSync(join(root, '.git'));
    mkdirSync(join(root, 'deploy'));
    writeFileSync(join(root, 'deploy', 'nginx.conf'), 'http {\n  keepalive_timeout 15s;\n  upstream app { server app:3000; keepalive 8; }\n}\n');
    mkdirSync(join(root, 'node_modules', 'lib'), { recursive: true });
    writeFileSync(join(root, 'node_modules', 'lib', 'index.js'), CLIENT);
    writeFileSync(join(root, 'client.js'), CLIENT);
    discovery = await discover(root);
  });
  after(() => {
    forgetDiscoveries();
    rmSync(root, { recursive: true, force: true });
  });

  it('a client hover lists the discovered nginx beside the assumed server, though the settings do not name it', () => {
    const result = inspect(CLIENT, { filename: join(root, 'client.js'), cwd: root, discovery });
    assert.deepEqual(result.discovered?.servers.map((server) => [server.id, server.idle, server.origin?.file, server.origin?.line]), [['nginx', '15 s', 'deploy/nginx.conf', 2]]);
    const report = result.sites[0]!.timeouts[0]!;
    assert.deepEqual(report.discovered?.map((found) => [found.id, found.relation]), [['nginx', 'not-below']]);
    const rows = hoverMarkdown('http.Agent', report).split('\n').filter((line) => line.startsWith('| '));
    assert.match(rows[2]!, /^\| \*\*Node\.js \(assumed\)\*\* /);
    assert.match(rows[3]!, /^\| nginx \(discovered, not in the settings\) \| 15 s \| ✗ outlives the server \| \[deploy\/nginx\.conf:2 keepalive_timeout 15s\]\(file:\/\/\S+\/deploy\/nginx\.conf#L2\) \|$/);
  });

  it('lists nothing twice: a discovered server the settings already target is not repeated beside them', () => {
    const result = inspect(CLIENT, { filename: join(root, 'client.js'), cwd: root, discovery, settings: { keepalive: { servers: 'discovered' } } });
    const report = result.sites[0]!.timeouts[0]!;
    assert.deepEqual(report.targets.map((target) => target.id), ['nginx']);
    assert.equal(report.discovered, undefined);
    assert.equal(result.discovered?.servers.length, 1, 'what was found is still listed for the editor');
  });

  it('without a discovery, nothing changes', () => {
    const result = inspect(CLIENT, { filename: join(root, 'client.js'), cwd: root });
    assert.equal(result.discovered, undefined);
    assert.equal(result.sites[0]!.timeouts[0]!.discovered, undefined);
  });

  it('a server with a default keep-alive timeout gets a report when a discovered balancer fronts it', () => {
    const alone = inspect(SERVER, { filename: join(root, 'server.js'), cwd: root });
    assert.deepEqual(alone.sites[0]!.timeouts, [], 'nothing in front: no report on a default');
    const fronted = inspect(SERVER, { filename: join(root, 'server.js'), cwd: root, discovery });
    const report = fronted.sites[0]!.timeouts[0]!;
    assert.equal(report.value, '5 s');
    assert.deepEqual(report.discovered?.map((found) => [found.id, found.idle, found.relation]), [['nginx-upstream', '60 s', 'not-above']]);
    assert.deepEqual(fronted.discovered?.balancers.map((balancer) => balancer.id), ['nginx-upstream']);
  });

  it('Go gets the same: its pool and its server compared with what discovery found', async () => {
    await keepalive.languages.go.ready;
    const code = goFile(['net/http', 'time'], 'var client = &http.Client{Timeout: 5 * time.Second}\n\nfunc main() {\n\tserver := &http.Server{IdleTimeout: 30 * time.Second}\n\tserver.ListenAndServe()\n}\n');
    const linter = new Linter({ cwd: root });
    const filename = join(root, 'cmd', 'main.go');
    linter.verify(code, [{ files: ['**/*.go'], plugins: { keepalive }, language: 'keepalive/go' } as Linter.Config], { filename });
    const result = inspectSourceCode(linter.getSourceCode(), { filename, cwd: root, discovery });
    const compared = result.sites.map((site) => [site.kind, site.timeouts[0]?.discovered?.map((found) => `${found.id} ${found.relation}`)]);
    assert.deepEqual(compared, [
      ['client', ['nginx not-below']],
      ['server', ['nginx-upstream not-above']],
    ]);
  });

  it('codeTimeoutsOf: each pool and server as a config file lists them, with a link to the line', () => {
    const client = inspect(CLIENT, { filename: join(root, 'client.js'), cwd: root }).sites;
    const server = inspect(SERVER, { filename: join(root, 'api/server.js'), cwd: root }).sites;
    assert.deepEqual(codeTimeoutsOf(client, 'client.js', 'file:///repo/client.js'), [
      { role: 'client', ms: 30_000, label: '`http.Agent`', location: 'client.js:2', uri: 'file:///repo/client.js#L2' },
    ]);
    assert.deepEqual(codeTimeoutsOf(server, 'api/server.js'), [{ role: 'server', ms: 5000, label: '`http.createServer()`', location: 'api/server.js:2' }]);
  });

  it('listCodeFiles: the code under a root, without installed packages', () => {
    assert.deepEqual(listCodeFiles(root).paths, ['client.js']);
  });
});
