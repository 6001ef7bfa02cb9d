import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Linter } from 'eslint';
import keepalive from 'eslint-plugin-keepalive';
import { discover, discoverNow, discoveryRootOf, forgetDiscoveries, inspect } from 'eslint-plugin-keepalive/inspect';
import { readTargets, targetsFor, discoveredTargetsOf } from 'eslint-plugin-keepalive/settings';

/** A repository on disk: files by relative path, and a `.git` folder so it is the discovery root. */
function repository(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'keepalive-discovery-'));
  mkdirSync(join(root, '.git'));
  for (const [path, text] of Object.entries(files)) write(root, path, text);
  return root;
}

function write(root: string, path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

const CLIENT = "import http from 'node:http';\nexport const agent = new http.Agent({ keepAlive: true, timeout: 60_000 });\n";
const SERVER = "import http from 'node:http';\nconst server = http.createServer();\nserver.keepAliveTimeout = 5000;\n";

function lint(root: string, path: string, text: string, settings: Record<string, unknown>): Linter.LintMessage[] {
  const linter = new Linter({ cwd: root });
  const config = [{ files: ['**/*.js'], plugins: { keepalive }, rules: keepalive.configs.strict.rules, settings: { keepalive: settings } }] as Linter.Config[];
  return linter.verify(text, config, { filename: join(root, path) });
}

describe('discovery: a repository', () => {
  const roots: string[] = [];
  const make = (files: Record<string, string>) => {
    const root = repository(files);
    roots.push(root);
    return root;
  };
  afterEach(() => forgetDiscoveries());
  after(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('reads from the nearest folder with .git above the linted file, else the working folder', () => {
    const root = make({ 'services/api/src/client.js': CLIENT });
    assert.equal(discoveryRootOf(join(root, 'services', 'api', 'src', 'client.js'), '/elsewhere'), root);
    assert.equal(discoveryRootOf('<text>', root), root);
  });

  it('skips installed packages and built output', () => {
    const root = make({ 'deploy/nginx.conf': 'http { keepalive_timeout 20s; }', 'node_modules/x/nginx.conf': 'http { keepalive_timeout 1s; }', 'dist/nginx.conf': 'http { keepalive_timeout 1s; }' });
    assert.deepEqual(discoverNow(root).timeouts.map((t) => t.file), ['deploy/nginx.conf']);
  });

  it("makes 'discovered' mean the servers and balancers found, and names the file and line in the messages", () => {
    const root = make({ 'deploy/nginx.conf': 'http {\n  keepalive_timeout 15s;\n}\n', 'infra/lb.tf': 'resource "aws_lb" "web" {\n  idle_timeout = 120\n}\n' });
    discoverNow(root);
    const [client] = lint(root, 'src/client.js', CLIENT, { servers: 'discovered' }).filter((m) => m.ruleId === 'keepalive/require-idle-timeout-below-server');
    assert.match(client!.message, /but nginx \(deploy\/nginx\.conf:2 `keepalive_timeout 15s`\) closes idle connections after 15 s/);
    return discover(root).then(() => {
      forgetDiscoveries();
      discoverNow(root); // the Terraform grammar is loaded by now: every file is read at once
      const [server] = lint(root, 'src/server.js', SERVER, { frontedBy: ['discovered'] }).filter((m) => m.ruleId === 'keepalive/require-server-idle-above-balancer');
      assert.match(server!.message, /but AWS Application Load Balancer \(infra\/lb\.tf:2 `idle_timeout = 120`\) in front keeps them for up to 2 min/);
    });
  });

  it('keeps the messages of catalogue targets word for word', () => {
    const root = make({ 'deploy/nginx.conf': 'http { keepalive_timeout 15s; }' });
    const [message] = lint(root, 'src/client.js', CLIENT.replace('60_000', '90_000'), { servers: ['nginx'] }).filter((m) => m.ruleId === 'keepalive/require-idle-timeout-below-server');
    assert.match(message!.message, /but nginx closes idle connections after 75 s\./);
  });

  it('combines discovered targets with ids, and never makes an unknown or switched-off value a target', () => {
    const root = make({
      'infra/main.tf': 'resource "aws_elb" "x" {\n  idle_timeout = local.idle\n}\n',
      'deploy/nginx.conf': 'http {\n  keepalive_timeout 0;\n  upstream app { server a:1; keepalive 0; }\n}\n',
      'Procfile': 'web: uvicorn app:app --timeout-keep-alive 30\n',
    });
    return discover(root).then((discovery) => {
      assert.deepEqual(
        discovery.timeouts.map((t) => `${t.product} ${t.idle.state}`),
        ['nginx disabled', 'nginx-upstream disabled', 'aws-elb unknown', 'uvicorn known'],
      );
      const targets = readTargets({ servers: ['aws-alb', 'discovered'], frontedBy: 'discovered' }, null, { discovered: discoveredTargetsOf(discovery) });
      assert.deepEqual(targets.servers.map((t) => `${t.id} ${t.idleTimeoutMs} ${t.origin?.file ?? 'catalogue'}`), ['aws-alb 60000 catalogue', 'uvicorn 30000 Procfile']);
      assert.deepEqual(targets.frontedBy, []);
      assert.deepEqual(targets.problems, []);
    });
  });

  it("falls back to the assumed server when 'discovered' finds none", () => {
    const root = make({ 'README.md': 'nothing to see' });
    const targets = targetsFor({ keepalive: { servers: 'discovered' } }, join(root, 'a.js'), root);
    assert.deepEqual([targets.servers.map((t) => t.id), targets.servers[0]!.assumed, targets.problems], [['node'], true, []]);
  });

  it('reads an edited file again (by modification time), and keeps the same discovery while nothing changed', () => {
    const root = make({ 'deploy/nginx.conf': 'http { keepalive_timeout 15s; }' });
    const first = discoverNow(root, 0);
    assert.equal(discoverNow(root, 500), first, 'within the check interval: the same object');
    assert.equal(discoverNow(root, 1500), first, 'checked again, unchanged: the same object');
    write(root, 'deploy/nginx.conf', 'http { keepalive_timeout 9s; }');
    utimesSync(join(root, 'deploy/nginx.conf'), new Date(), new Date(Date.now() + 10_000));
    const edited = discoverNow(root, 3000);
    assert.notEqual(edited, first);
    assert.deepEqual(edited.timeouts.map((t) => t.idle), [{ state: 'known', ms: 9000 }]);
    write(root, 'conf.d/new.conf', 'server { keepalive_timeout 4s; }');
    assert.equal(discoverNow(root, 4000).timeouts.length, 1, 'a new file waits for the next listing');
    assert.equal(discoverNow(root, 9000).timeouts.length, 2, 'the listing is redone after a few seconds');
  });

  it('shows discovered targets in inspect with a link to the line', () => {
    const root = make({ 'deploy/nginx.conf': 'http {\n  keepalive_timeout 15s;\n}\n' });
    const inspection = inspect(CLIENT, { filename: join(root, 'src', 'client.js'), cwd: root, settings: { keepalive: { servers: 'discovered' } } });
    const [target] = inspection.targets.servers;
    assert.deepEqual(target!.origin, { file: 'deploy/nginx.conf', line: 2, directive: 'keepalive_timeout 15s', origin: 'set', uri: `file://${root}/deploy/nginx.conf#L2` });
    const report = inspection.sites[0]!.timeouts[0]!;
    assert.equal(report.deciding?.id, 'nginx');
    assert.match(report.change, /nginx \(deploy\/nginx\.conf:2 `keepalive_timeout 15s`\) closes idle connections after 15 s/);
  });
});
